-- Decisions of the referrals service to offer a young person a coordinated course.
CREATE TABLE course_request (
    underretning_id UUID PRIMARY KEY,
    citizen_id      UUID        NOT NULL,
    requested_at    TIMESTAMPTZ NOT NULL,
    course_id       UUID
);
CREATE INDEX course_request_pending ON course_request (citizen_id) WHERE course_id IS NULL;
