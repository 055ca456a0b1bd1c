-- A young person has at most one open course (opened, not closed, not erased).
CREATE TABLE open_course (
    course_id   UUID PRIMARY KEY,
    citizen_id  UUID    NOT NULL,
    -- Open beside another when the rule came in: kept (closing one is a caseworker's decision,
    -- not a migration's), counted by the rule, but outside the index that holds it from now on.
    before_rule BOOLEAN NOT NULL DEFAULT false
);
INSERT INTO open_course (course_id, citizen_id, before_rule)
SELECT course_id, citizen_id, count(*) OVER (PARTITION BY citizen_id) > 1
FROM course_citizen WHERE closed_at IS NULL AND erased_at IS NULL;
CREATE UNIQUE INDEX one_open_course_per_young_person ON open_course (citizen_id) WHERE NOT before_rule;

-- An offer from intake to a young person who has an open course informs that course instead.
ALTER TABLE course_request ADD COLUMN informed BOOLEAN NOT NULL DEFAULT false;
