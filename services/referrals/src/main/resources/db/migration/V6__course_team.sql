-- Who is on each course's team, from plans' team events: a referral of a course is its team's
-- business (need-to-know), as the course itself is.
CREATE TABLE course_team (
    course_id UUID NOT NULL,
    person_id UUID NOT NULL,
    PRIMARY KEY (course_id, person_id)
);
CREATE INDEX course_team_person ON course_team (person_id);
