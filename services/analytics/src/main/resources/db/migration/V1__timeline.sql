-- Every event of every topic, once (deduplicated on the CloudEvent id), with the course and the
-- young person it concerns. Rebuilt from the beginning of the log into a twin table, then swapped.
CREATE TABLE timeline_entry (
    event_id    TEXT        PRIMARY KEY,
    event_type  TEXT        NOT NULL,
    source      TEXT        NOT NULL,
    subject     TEXT,
    course_id   UUID,
    citizen_id  UUID,
    occurred_at TIMESTAMPTZ NOT NULL,
    data        JSONB       NOT NULL
);
CREATE INDEX timeline_entry_course ON timeline_entry (course_id, occurred_at) WHERE course_id IS NOT NULL;
CREATE INDEX timeline_entry_citizen ON timeline_entry (citizen_id, occurred_at) WHERE citizen_id IS NOT NULL;

CREATE TABLE timeline_rebuild (
    rebuild_id      UUID        PRIMARY KEY,
    state           TEXT        NOT NULL,
    requested_at    TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ,
    events_replayed BIGINT      NOT NULL DEFAULT 0,
    failure         TEXT
);
