-- Young people erased in plans, and their courses: ids only, so that their events in the log
-- (which hold codes, dates and ids, never words) are not taken in again.
CREATE TABLE erased_citizen (
    citizen_id UUID PRIMARY KEY
);
CREATE TABLE erased_course (
    course_id UUID PRIMARY KEY
);
