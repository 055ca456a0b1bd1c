-- Feature journal: intake's notes on an underretning (notatpligt) and the documents stored with
-- it. A note's text is in the event store under the underretning's data key; this read model
-- holds it readable and loses it at erasure. A document's name and bytes are sealed under the
-- same key, so erasing it shreds them.
CREATE TABLE underretning_note (
    note_id         UUID PRIMARY KEY,
    underretning_id UUID        NOT NULL,
    author_id       UUID        NOT NULL,
    kind            TEXT        NOT NULL,
    happened_at     TIMESTAMPTZ NOT NULL,
    written_at      TIMESTAMPTZ NOT NULL,
    text            TEXT        NOT NULL,
    shared          BOOLEAN     NOT NULL,
    supersedes      UUID,
    superseded_by   UUID
);
CREATE INDEX underretning_note_underretning ON underretning_note (underretning_id, written_at DESC);

CREATE TABLE underretning_document (
    document_id     UUID PRIMARY KEY,
    underretning_id UUID        NOT NULL,
    note_id         UUID,
    file_name       BYTEA       NOT NULL,
    content_type    TEXT        NOT NULL,
    size_bytes      BIGINT      NOT NULL,
    shared          BOOLEAN     NOT NULL DEFAULT false,
    uploaded_by     UUID,
    uploaded_at     TIMESTAMPTZ,
    content         BYTEA       NOT NULL
);
CREATE INDEX underretning_document_underretning ON underretning_document (underretning_id, uploaded_at DESC);
