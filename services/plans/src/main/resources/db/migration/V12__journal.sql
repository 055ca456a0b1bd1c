-- The journal's read model: every note of every course, searchable in Danish by the team.
CREATE TABLE journal_note (
    note_id      UUID PRIMARY KEY,
    course_id    UUID        NOT NULL,
    citizen_id   UUID        NOT NULL,
    author_id    UUID        NOT NULL,
    kind         TEXT        NOT NULL,
    happened_at  TIMESTAMPTZ NOT NULL,
    written_at   TIMESTAMPTZ NOT NULL,
    text         TEXT        NOT NULL,
    shared       BOOLEAN     NOT NULL,
    supersedes   UUID,
    superseded_by UUID,
    meeting_id   UUID,
    agreement_id UUID,
    search       TSVECTOR GENERATED ALWAYS AS (to_tsvector('danish', text)) STORED
);
CREATE INDEX journal_note_course ON journal_note (course_id, written_at DESC);
CREATE INDEX journal_note_search ON journal_note USING GIN (search);
