-- A course erased with its young person's personal data takes no command and is no one's to see:
-- kept in the erasing command's transaction, beside the course's citizen.
ALTER TABLE course_citizen ADD COLUMN erased_at TIMESTAMPTZ;
UPDATE course_citizen SET erased_at = (SELECT erased_at FROM erasure WHERE erasure.citizen_id = course_citizen.citizen_id)
 WHERE citizen_id IN (SELECT citizen_id FROM erasure);

-- The courses the one-plan view dropped on erasure: an event still on its way to one of them
-- (stored before the erasure, or replayed) is let go instead of failing the view for every course.
CREATE TABLE erased_course (
    course_id UUID PRIMARY KEY
);

-- Courses erased before this table existed.
INSERT INTO erased_course (course_id)
SELECT course_id FROM course_citizen WHERE citizen_id IN (SELECT citizen_id FROM erasure)
ON CONFLICT DO NOTHING;
