-- Who an underretning is about and who reported it: kept here, never in the event store or on
-- Kafka, so it can be corrected, shown only to intake roles, and erased.
CREATE TABLE underretning_identity (
    underretning_id       UUID PRIMARY KEY,
    child_cpr             CHAR(10),
    child_name            TEXT,
    reporter_name         TEXT,
    reporter_organisation TEXT,
    reporter_phone        TEXT,
    reporter_email        TEXT,
    guardians             JSONB NOT NULL DEFAULT '[]'
);

ALTER TABLE underretning_view
    ADD COLUMN guardian_ids     UUID[]      NOT NULL DEFAULT '{}',
    ADD COLUMN assessment_due   TIMESTAMPTZ,
    ADD COLUMN receipt_due      TIMESTAMPTZ,
    ADD COLUMN assessed_at      TIMESTAMPTZ,
    ADD COLUMN child_in_danger  BOOLEAN,
    ADD COLUMN receipt_sent_at  TIMESTAMPTZ,
    ADD COLUMN decision         TEXT,
    ADD COLUMN decided_at       TIMESTAMPTZ,
    ADD COLUMN course_id        UUID,
    ADD COLUMN feedback_given_at TIMESTAMPTZ;
CREATE INDEX underretning_view_guardians ON underretning_view USING GIN (guardian_ids);
CREATE INDEX underretning_view_open ON underretning_view (assessment_due) WHERE decision IS NULL;

CREATE TABLE deadline_breach (
    underretning_id UUID        NOT NULL,
    deadline        TEXT        NOT NULL,
    citizen_id      UUID,
    due_at          TIMESTAMPTZ NOT NULL,
    missed_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (underretning_id, deadline)
);

CREATE TABLE flagged_young_person (
    citizen_id         UUID PRIMARY KEY,
    reason             TEXT        NOT NULL,
    notification_count INT         NOT NULL,
    source_count       INT         NOT NULL,
    window_months      INT         NOT NULL,
    flagged_at         TIMESTAMPTZ NOT NULL
);
