-- The municipality's young people as its registers report them (the youth database, the CPR
-- register), course or no course: the population the national 2030 targets are measured on.
CREATE TABLE resident_profile (
    citizen_id  UUID PRIMARY KEY,
    birth_month DATE NOT NULL,
    known_on    DATE NOT NULL
);
