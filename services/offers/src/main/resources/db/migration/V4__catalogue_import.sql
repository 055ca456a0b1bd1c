-- Which offer each row of an imported catalogue became, and a fingerprint of what it said:
-- importing the same file again changes nothing; a changed row becomes a new revision.
CREATE TABLE catalogue_import (
    catalogue_key TEXT PRIMARY KEY,
    offer_id      UUID NOT NULL,
    fingerprint   TEXT NOT NULL
);
