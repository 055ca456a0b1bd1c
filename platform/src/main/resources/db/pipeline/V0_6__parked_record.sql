-- Kafka records a consumer could not process, parked after bounded retries (and published to
-- <topic>.dlt), and the records of the same key that arrived after one of them: a course's later
-- events wait behind its first parked one, so its order is kept. Operators list, retry and
-- discard them over /dead-letters. The record is kept as it came (headers and bytes), so a retry
-- hands the consumer exactly what it failed on.
CREATE TABLE parked_record (
    id               UUID PRIMARY KEY,
    -- The order records were parked in: a key's sequence is retried in this order.
    seq              BIGSERIAL NOT NULL UNIQUE,
    consumer         TEXT        NOT NULL,
    topic            TEXT        NOT NULL,
    record_partition INT         NOT NULL,
    record_offset    BIGINT      NOT NULL,
    record_key       TEXT,
    record_timestamp TIMESTAMPTZ,
    event_id         TEXT,
    event_type       TEXT,
    headers          JSONB       NOT NULL,
    value            BYTEA,
    cause_type       TEXT        NOT NULL,
    cause_message    TEXT,
    -- The first parked record of the same key this one waits behind; null for the first itself.
    behind           UUID,
    status           TEXT        NOT NULL DEFAULT 'parked' CHECK (status IN ('parked', 'retried', 'discarded')),
    retries          INT         NOT NULL DEFAULT 0,
    parked_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    resolved_at      TIMESTAMPTZ,
    resolved_by      TEXT,
    UNIQUE (consumer, topic, record_partition, record_offset)
);

CREATE INDEX parked_record_waiting ON parked_record (consumer, topic, record_key, seq) WHERE status = 'parked';
