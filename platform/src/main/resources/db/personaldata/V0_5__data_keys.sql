-- One data key per data subject (a course, a young person), wrapped by the master key.
-- Erasure sets wrapped_keyset to NULL for good: what was encrypted under it can no longer be read,
-- wherever a copy of it is (event store, backups, Kafka).
CREATE TABLE data_key (
    subject_id     UUID PRIMARY KEY,
    wrapped_keyset BYTEA,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    erased_at      TIMESTAMPTZ,
    CHECK ((wrapped_keyset IS NULL) = (erased_at IS NOT NULL))
);
