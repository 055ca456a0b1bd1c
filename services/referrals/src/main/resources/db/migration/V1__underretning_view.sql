-- Read model of received underretninger, projected from the event store.
CREATE TABLE underretning_view (
    underretning_id UUID        PRIMARY KEY,
    citizen_id      UUID,
    reporter_kind   TEXT        NOT NULL,
    concerns        TEXT[]      NOT NULL,
    channel         TEXT        NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL,
    version         BIGINT      NOT NULL
);
CREATE INDEX underretning_view_citizen ON underretning_view (citizen_id, received_at);
