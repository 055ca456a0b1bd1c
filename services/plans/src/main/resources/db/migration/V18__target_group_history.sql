-- The target-group categories a person was in, each from the day a registration or an updated
-- situation put them there (the reason is their situation in words: deleted at erasure).
CREATE TABLE target_group_history (
    citizen_id   UUID        NOT NULL,
    target_group TEXT        NOT NULL,
    reason       TEXT        NOT NULL,
    since        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (citizen_id, since)
);
INSERT INTO target_group_history (citizen_id, target_group, reason, since)
SELECT citizen_id, target_group, target_group_reason, registered_at FROM citizen_view;
