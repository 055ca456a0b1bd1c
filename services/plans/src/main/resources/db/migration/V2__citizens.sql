-- The citizen register: who a citizen id stands for. CPR number, name and contact live here and
-- nowhere else (not in the event store, not in Kafka), so they can be corrected and erased.
CREATE TABLE citizen_identity (
    citizen_id UUID PRIMARY KEY,
    cpr        CHAR(10) NOT NULL UNIQUE,
    name       TEXT     NOT NULL,
    phone      TEXT,
    email      TEXT,
    address    TEXT
);

-- Kept from the citizen events in the command's own transaction (a subscribing processor), so a
-- course opened right after a registration already sees the citizen and their guardians.
CREATE TABLE citizen_view (
    citizen_id          UUID PRIMARY KEY,
    birth_date          DATE        NOT NULL,
    target_group        TEXT        NOT NULL,
    target_group_reason TEXT        NOT NULL,
    registered_at       TIMESTAMPTZ NOT NULL,
    version             BIGINT      NOT NULL
);

-- Both directions of every relation: (child, mother, PARENT_OR_GUARDIAN) and (mother, child, CHILD).
CREATE TABLE family_relation (
    citizen_id         UUID NOT NULL,
    related_citizen_id UUID NOT NULL,
    relation           TEXT NOT NULL,
    PRIMARY KEY (citizen_id, related_citizen_id)
);
