-- Whose course posted each need, written in the posting command's transaction (NeedCourses): who
-- may read a need with its bids and accept one is decided on it, never on the view catching up.
CREATE TABLE need_course (
    need_id   UUID PRIMARY KEY,
    course_id UUID NOT NULL
);
CREATE INDEX need_course_course ON need_course (course_id);
INSERT INTO need_course (need_id, course_id) SELECT need_id, course_id FROM need_view;
