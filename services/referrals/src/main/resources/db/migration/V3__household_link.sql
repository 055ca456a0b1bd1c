-- Which young people a guardian was named for: the household links, indexed both ways so a
-- household is found in two index lookups however many underretninger there are.
CREATE TABLE household_link (
    guardian_id UUID NOT NULL,
    citizen_id  UUID NOT NULL,
    PRIMARY KEY (guardian_id, citizen_id)
);
CREATE INDEX household_link_citizen ON household_link (citizen_id);
