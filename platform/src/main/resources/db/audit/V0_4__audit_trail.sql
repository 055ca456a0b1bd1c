-- The audit trail: every read and change of personal data, append-only and hash-chained.
-- Each entry's hash covers the one before it, so an entry changed or removed breaks the chain
-- from there on; the head row says where the chain ends, so a removed tail is seen too.
CREATE TABLE audit_trail (
    position       BIGINT PRIMARY KEY,
    recorded_at    TIMESTAMPTZ NOT NULL,
    user_id        TEXT        NOT NULL,
    roles          TEXT        NOT NULL,
    citizen_id     UUID,
    course_id      UUID,
    action         TEXT        NOT NULL,
    resource       TEXT        NOT NULL,
    outcome        INT         NOT NULL,
    basis          TEXT,
    reason         TEXT,
    client_address TEXT,
    previous_hash  TEXT        NOT NULL,
    hash           TEXT        NOT NULL
);
CREATE INDEX audit_trail_citizen ON audit_trail (citizen_id, position) WHERE citizen_id IS NOT NULL;
CREATE INDEX audit_trail_user ON audit_trail (user_id, position);

CREATE TABLE audit_chain_head (
    only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    position BIGINT NOT NULL,
    hash     TEXT   NOT NULL
);
INSERT INTO audit_chain_head (position, hash) VALUES (0, 'genesis');

-- How far the trail has been published on the audit topic.
CREATE TABLE audit_publication (
    only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    position BIGINT NOT NULL
);
INSERT INTO audit_publication (position) VALUES (0);

CREATE FUNCTION audit_trail_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit trail is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER audit_trail_append_only BEFORE UPDATE OR DELETE ON audit_trail
    FOR EACH ROW EXECUTE FUNCTION audit_trail_is_append_only();
CREATE TRIGGER audit_trail_no_truncate BEFORE TRUNCATE ON audit_trail
    FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_is_append_only();
