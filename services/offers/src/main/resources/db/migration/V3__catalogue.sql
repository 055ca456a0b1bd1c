-- The full catalogue: every field of the current revision, a Danish full-text index over its
-- words, and the places in use and wait-lists kept from the referrals service's events.
DROP TABLE offer_view;

CREATE TABLE offer_view (
    offer_id        UUID PRIMARY KEY,
    revision        INTEGER     NOT NULL,
    status          TEXT        NOT NULL,
    name            TEXT        NOT NULL,
    owning_centre   TEXT        NOT NULL,
    kind            TEXT        NOT NULL,
    need_categories TEXT[]      NOT NULL,
    target_groups   TEXT[]      NOT NULL,
    age_min         INTEGER     NOT NULL,
    age_max         INTEGER     NOT NULL,
    law             TEXT        NOT NULL,
    capacity        INTEGER     NOT NULL,
    details         JSONB       NOT NULL,
    search_text     TEXT        NOT NULL,
    search          TSVECTOR GENERATED ALWAYS AS (
                        setweight(to_tsvector('danish', name), 'A') || setweight(to_tsvector('danish', search_text), 'B')) STORED,
    changed_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT      NOT NULL
);
CREATE INDEX offer_view_search ON offer_view USING GIN (search);
CREATE INDEX offer_view_needs ON offer_view USING GIN (need_categories);
CREATE INDEX offer_view_centre ON offer_view (owning_centre, name);

CREATE TABLE offer_referral (
    referral_id UUID PRIMARY KEY,
    offer_id    UUID NOT NULL,
    state       TEXT NOT NULL
);
CREATE INDEX offer_referral_offer ON offer_referral (offer_id, state);
