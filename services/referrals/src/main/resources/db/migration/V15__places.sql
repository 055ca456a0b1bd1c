-- Feature referral: the places of each offer, as the catalogue publishes them (offer-places-set),
-- and where each referral stands towards one. Kept in the commands' transaction (processor
-- "places"), so an acceptance that would take a place nobody has is refused even when two come at
-- once: both lock the offer's row.
CREATE TABLE offer_places (
    offer_id UUID PRIMARY KEY,
    revision INT NOT NULL,
    places   INT NOT NULL
);

-- REFERRED, WAITING (on the wait-list), OFFERED (waiting, and offered a freed place: it is kept
-- for them), HOLDS (accepted or started); a closed referral's row goes.
CREATE TABLE referral_place (
    referral_id UUID PRIMARY KEY,
    offer_id    UUID        NOT NULL,
    state       TEXT        NOT NULL,
    position    INT,
    since       TIMESTAMPTZ NOT NULL
);
CREATE INDEX referral_place_offer ON referral_place (offer_id, state);

ALTER TABLE referral_view ADD COLUMN place_offered_at TIMESTAMPTZ;

-- Referrals from before: where the view last saw them.
INSERT INTO referral_place (referral_id, offer_id, state, position, since)
SELECT referral_id, offer_id,
       CASE status WHEN 'ACCEPTED' THEN 'HOLDS' WHEN 'STARTED' THEN 'HOLDS' WHEN 'WAIT_LISTED' THEN 'WAITING'
                   WHEN 'REFERRED' THEN 'REFERRED' ELSE 'CLOSED' END,
       position, referred_at
FROM referral_view;
