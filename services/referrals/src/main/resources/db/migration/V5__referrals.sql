-- What referrals need to know from the other services: the centres each course's consent
-- covers (from the plans topic) and the centre owning each offer (from the offers topic).
CREATE TABLE course_consent (
    course_id   UUID   NOT NULL,
    party       TEXT   NOT NULL,
    citizen_id  UUID   NOT NULL,
    shared_with TEXT[] NOT NULL,
    PRIMARY KEY (course_id, party)
);

CREATE TABLE offer_centre (
    offer_id UUID PRIMARY KEY,
    revision INT  NOT NULL,
    centre   TEXT NOT NULL
);

CREATE TABLE referral_view (
    referral_id UUID PRIMARY KEY,
    course_id   UUID        NOT NULL,
    citizen_id  UUID        NOT NULL,
    offer_id    UUID        NOT NULL,
    status      TEXT        NOT NULL,
    position    INT,
    referred_at TIMESTAMPTZ NOT NULL,
    version     BIGINT      NOT NULL
);
CREATE INDEX referral_view_offer ON referral_view (offer_id, status);
