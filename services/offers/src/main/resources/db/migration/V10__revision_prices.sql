-- Each published revision's price, so a course's use of an offer costs what the revision it used cost.
CREATE TABLE offer_revision_price (
    offer_id        UUID    NOT NULL,
    revision        INTEGER NOT NULL,
    price_per_month BIGINT  NOT NULL,
    PRIMARY KEY (offer_id, revision)
);
-- Revisions published before this table are known by the current one only (earlier ones cost as it does).
INSERT INTO offer_revision_price (offer_id, revision, price_per_month)
SELECT offer_id, revision, (details ->> 'pricePerMonth')::BIGINT FROM offer_view WHERE revision > 0 AND details ? 'pricePerMonth';

-- The revision a course started with (unknown for uses recorded before: they cost as the current revision).
ALTER TABLE offer_use ADD COLUMN revision INTEGER;
