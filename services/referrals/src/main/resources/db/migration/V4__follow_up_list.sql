-- Young people in the target group on the follow-up list until someone acts.
CREATE TABLE follow_up_list (
    citizen_id UUID PRIMARY KEY,
    reason     TEXT        NOT NULL,
    since      TIMESTAMPTZ NOT NULL,
    version    BIGINT      NOT NULL
);
