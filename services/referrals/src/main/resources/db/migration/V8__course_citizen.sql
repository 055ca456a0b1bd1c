-- Whose course each course is, from plans' CourseOpened: with the teams (course_team) it tells
-- which young people a caseworker works with, for the flags and the follow-up list. Filled by a
-- consumer group of its own that reads plans' topic from the beginning.
CREATE TABLE course_citizen (
    course_id  UUID PRIMARY KEY,
    citizen_id UUID NOT NULL
);
CREATE INDEX course_citizen_citizen ON course_citizen (citizen_id);
