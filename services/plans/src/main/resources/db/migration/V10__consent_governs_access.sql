-- Consent governs access (Consents.cover): each team member's affiliation, and whether the
-- course's consents cover it while the young person is a minor and once they are of age, kept
-- in the transaction of the command that changes the consents or the team, so a withdrawal
-- shuts out the centres it no longer covers at once. Rows of courses from before this are
-- filled in from their events at start-up (CourseTeamAccess).
ALTER TABLE course_access ADD COLUMN affiliation TEXT;
ALTER TABLE course_access ADD COLUMN covered_as_minor BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE course_access ADD COLUMN covered_as_adult BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE course_citizen ADD COLUMN of_age_on DATE;

CREATE TABLE course_sharing (
    course_id   UUID PRIMARY KEY,
    consents    JSONB NOT NULL,
    home_centre TEXT
);
