-- The courses' documents: name and bytes encrypted under the course's data key (shredded with it).
CREATE TABLE journal_document (
    document_id  UUID PRIMARY KEY,
    course_id    UUID        NOT NULL,
    citizen_id   UUID,
    note_id      UUID,
    file_name    BYTEA       NOT NULL,
    content_type TEXT        NOT NULL,
    size_bytes   BIGINT      NOT NULL,
    shared       BOOLEAN     NOT NULL DEFAULT false,
    uploaded_by  UUID,
    uploaded_at  TIMESTAMPTZ,
    content      BYTEA       NOT NULL
);
CREATE INDEX journal_document_course ON journal_document (course_id, uploaded_at DESC);
