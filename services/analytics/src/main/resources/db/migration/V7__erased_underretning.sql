-- The underretninger about an erased young person, also those first recorded before their identity
-- was resolved (no citizen id on those rows): ids only, so a late event about one is not taken in.
CREATE TABLE erased_underretning (
    underretning_id UUID PRIMARY KEY
);
