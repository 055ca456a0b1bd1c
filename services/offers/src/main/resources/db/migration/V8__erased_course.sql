-- Courses whose young person was erased in plans: the needs bank keeps nothing of them, also when
-- its view is rebuilt by replay. Ids only.
CREATE TABLE erased_course (
    course_id UUID PRIMARY KEY
);
