-- Centre leaders see the figures of their own centre. A course belongs to the centre of its
-- tovholder now (a handover moves it); an underretning counts for the centres holding a course of
-- the young person it is about, once intake knows who that is. Until a rebuild replays the log,
-- a course's centre is taken to be the one it started in.
ALTER TABLE course_fact ADD COLUMN centre TEXT;
UPDATE course_fact SET centre = first_centre;
CREATE INDEX course_fact_centre ON course_fact (centre, course_id);

ALTER TABLE underretning_fact ADD COLUMN citizen_id UUID;
CREATE INDEX underretning_fact_citizen ON underretning_fact (citizen_id);
