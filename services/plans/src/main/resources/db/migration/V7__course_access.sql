-- Who may work on a course (need-to-know), kept in the transaction of the command that changes
-- the team, so access follows the team at once: the tovholder, the team members, and until a
-- tovholder is assigned the caseworker who offered the course.
CREATE TABLE course_access (
    course_id  UUID NOT NULL,
    person_id  UUID NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('OPENER', 'TOVHOLDER', 'MEMBER')),
    PRIMARY KEY (course_id, person_id, kind)
);
CREATE INDEX course_access_person ON course_access (person_id);

CREATE TABLE course_citizen (
    course_id  UUID PRIMARY KEY,
    citizen_id UUID NOT NULL
);

-- Break-the-glass: access to a course outside the team, with a reason, for a limited time.
-- Never updated or deleted: the report shows every one.
CREATE TABLE emergency_access (
    grant_id   UUID PRIMARY KEY,
    course_id  UUID        NOT NULL,
    person_id  UUID        NOT NULL,
    roles      TEXT        NOT NULL,
    reason     TEXT        NOT NULL,
    granted_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX emergency_access_person ON emergency_access (person_id, course_id, expires_at);
