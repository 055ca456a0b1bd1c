-- When a course closed, for erasure after the retention period.
ALTER TABLE course_citizen ADD COLUMN closed_at TIMESTAMPTZ;

-- Who was erased, when and why: the record that erasure happened, with nothing erased in it.
CREATE TABLE erasure (
    citizen_id UUID PRIMARY KEY,
    basis      TEXT        NOT NULL,
    erased_at  TIMESTAMPTZ NOT NULL
);
