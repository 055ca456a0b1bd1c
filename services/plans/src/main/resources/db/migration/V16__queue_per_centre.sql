-- Where each course was first met (FirstContact): a course no one holds waits in that centre's
-- queue, and only that centre's caseworkers and centre leaders may take it on. Courses no one
-- holds today were opened on intake's decision, before the events carried a centre: intake's
-- (the default intake centre, C_BUR). Held courses keep no centre: they are their team's.
ALTER TABLE course_citizen ADD COLUMN first_contact_centre TEXT;
UPDATE course_citizen SET first_contact_centre = 'C_BUR'
WHERE NOT EXISTS (SELECT 1 FROM course_access a WHERE a.course_id = course_citizen.course_id AND a.kind IN ('OPENER', 'TOVHOLDER'));

ALTER TABLE task_course ADD COLUMN first_contact_centre TEXT;
UPDATE task_course SET first_contact_centre = 'C_BUR' WHERE holder_id IS NULL;
DROP INDEX task_open_in_queue;
CREATE INDEX task_open_in_queue ON task (course_id, raised_at) WHERE closed_at IS NULL AND assignee_id IS NULL;
