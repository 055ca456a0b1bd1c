-- Read model of courses, projected from the event store by the course-view processor.
CREATE TABLE course_view (
    course_id  UUID        PRIMARY KEY,
    citizen_id UUID        NOT NULL,
    reason     TEXT        NOT NULL,
    status     TEXT        NOT NULL,
    opened_at  TIMESTAMPTZ NOT NULL,
    version    BIGINT      NOT NULL
);
CREATE INDEX course_view_citizen ON course_view (citizen_id, opened_at);
