-- Rebuilds now replace every projection, not only the timeline, and report their rate.
ALTER TABLE timeline_rebuild RENAME TO projection_rebuild;
ALTER TABLE projection_rebuild ADD COLUMN events_per_second DOUBLE PRECISION NOT NULL DEFAULT 0;

-- Feature trajectory: who the young people are, their courses, what they are occupied with, and
-- the offers each course used. Rows are upserted field by field, so the order in which events of
-- different Kafka keys (a course's, a young person's) arrive does not matter.
CREATE TABLE citizen_profile (
    citizen_id    UUID        PRIMARY KEY,
    birth_month   DATE        NOT NULL,
    target_group  TEXT        NOT NULL,
    registered_on DATE        NOT NULL
);

CREATE TABLE course_fact (
    course_id    UUID PRIMARY KEY,
    citizen_id   UUID,
    opened_on    DATE,
    activated_on DATE,
    closed_on    DATE,
    outcome      TEXT,
    first_centre TEXT
);
CREATE INDEX course_fact_citizen ON course_fact (citizen_id);

-- One row per report of what a young person is occupied with (or that they moved away).
CREATE TABLE occupation_change (
    event_id                  TEXT        PRIMARY KEY,
    citizen_id                UUID        NOT NULL,
    changed_on                DATE        NOT NULL,
    recorded_at               TIMESTAMPTZ NOT NULL,
    state                     TEXT        NOT NULL,
    track                     TEXT,
    completed_youth_education BOOLEAN     NOT NULL
);
CREATE INDEX occupation_change_citizen ON occupation_change (citizen_id, changed_on);

CREATE TABLE offer_period (
    course_id  UUID NOT NULL,
    offer_id   UUID NOT NULL,
    started_on DATE NOT NULL,
    ended_on   DATE,
    PRIMARY KEY (course_id, offer_id, started_on)
);

CREATE TABLE offer_catalogue (
    offer_id UUID    PRIMARY KEY,
    revision INTEGER NOT NULL,
    name     TEXT    NOT NULL,
    centre   TEXT    NOT NULL,
    kind     TEXT    NOT NULL
);

-- Feature followup: the facts the follow-up indicators count.
CREATE TABLE meeting_fact (
    meeting_id UUID PRIMARY KEY,
    course_id  UUID NOT NULL,
    held_on    DATE NOT NULL
);
CREATE INDEX meeting_fact_course ON meeting_fact (course_id, held_on);

CREATE TABLE agreement_fact (
    agreement_id   UUID PRIMARY KEY,
    course_id      UUID NOT NULL,
    made_on        DATE,
    followed_up_on DATE,
    fulfilled      BOOLEAN
);

-- score: the value on its own scale, moved to 0..1 so dimensions with different scales compare.
CREATE TABLE progression_fact (
    measurement_id UUID             PRIMARY KEY,
    course_id      UUID             NOT NULL,
    dimension      TEXT             NOT NULL,
    measured_on    DATE             NOT NULL,
    score          DOUBLE PRECISION NOT NULL
);
CREATE INDEX progression_fact_course ON progression_fact (course_id, measured_on);

CREATE TABLE underretning_fact (
    underretning_id UUID PRIMARY KEY,
    received_at     TIMESTAMPTZ,
    assessed_at     TIMESTAMPTZ,
    late            BOOLEAN
);

CREATE TABLE deadline_breach (
    underretning_id UUID        NOT NULL,
    deadline        TEXT        NOT NULL,
    due_at          TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (underretning_id, deadline)
);

CREATE TABLE trial_fact (
    trial_id      UUID PRIMARY KEY,
    course_id     UUID NOT NULL,
    proposed_on   DATE,
    cost_before   BIGINT,
    expected_cost BIGINT,
    approved      BOOLEAN,
    evaluated_on  DATE,
    actual_cost   BIGINT
);
