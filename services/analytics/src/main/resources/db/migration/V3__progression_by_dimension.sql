-- The offers' annual status looks up the last measurement on one dimension before a date, for
-- every offer period; without the dimension in the index, that is a scan of the course's rows.
CREATE INDEX progression_fact_course_dimension ON progression_fact (course_id, dimension, measured_on);
