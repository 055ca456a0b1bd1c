-- A course as plans publishes it, for a service that decides on a course's behalf (referrals,
-- offers): whose it is, who works on it from which centre, and the consents in force. Ids and
-- centre codes only; a young person's erasure takes their courses' rows, and course_fact_erased
-- keeps a late or replayed event about those courses out.
CREATE TABLE course_fact (
    course_id    UUID PRIMARY KEY,
    citizen_id   UUID,
    -- The tovholder's centre: it works on the course by its own basis, without a consent.
    home_centre  TEXT
);
CREATE INDEX course_fact_citizen ON course_fact (citizen_id);

CREATE TABLE course_fact_member (
    course_id UUID NOT NULL,
    person_id UUID NOT NULL,
    -- The member's centre; NULL for someone from outside the municipality or the young person's network.
    centre    TEXT,
    PRIMARY KEY (course_id, person_id)
);
CREATE INDEX course_fact_member_person ON course_fact_member (person_id);

CREATE TABLE course_fact_consent (
    course_id   UUID   NOT NULL,
    -- YOUNG_PERSON, or the consenting guardian's id.
    party       TEXT   NOT NULL,
    shared_with TEXT[] NOT NULL,
    PRIMARY KEY (course_id, party)
);

CREATE TABLE course_fact_erased (
    course_id UUID PRIMARY KEY
);

-- Who works on each course now: a member from the tovholder's centre; any other member only while
-- the young person's own consent is in force, and, for a centre, only when every consent in force
-- names it. Plans' rule (plans/course/Consents), as far as plans' events tell it: a guardian's
-- consent keeps counting here after the young person turns 18 (no birth date is published), which
-- can only shut out more, never let in more.
CREATE VIEW course_fact_worker AS
SELECT m.course_id, m.person_id, m.centre, c.citizen_id
FROM course_fact_member m
JOIN course_fact c ON c.course_id = m.course_id
WHERE m.centre = c.home_centre
   OR (EXISTS (SELECT 1 FROM course_fact_consent own WHERE own.course_id = m.course_id AND own.party = 'YOUNG_PERSON')
       AND (m.centre IS NULL
            OR NOT EXISTS (SELECT 1 FROM course_fact_consent k WHERE k.course_id = m.course_id AND NOT (m.centre = ANY (k.shared_with)))));
