-- Idempotency-Key of creating commands: a retried request finds the resource its first attempt
-- created instead of creating a second one. The row commits with the command's events.
CREATE TABLE idempotency_key (
    scope        TEXT        NOT NULL,
    key          TEXT        NOT NULL,
    request_hash TEXT        NOT NULL,
    resource_id  UUID        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, key)
);
