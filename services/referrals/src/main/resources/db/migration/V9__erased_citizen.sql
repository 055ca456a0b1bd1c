-- Who was erased, and when: what any read model of referrals held about them up to then stays out
-- of it, also when it is rebuilt by replay or an event about them arrives late. Ids only.
CREATE TABLE erased_citizen (
    citizen_id UUID PRIMARY KEY,
    erased_at  TIMESTAMPTZ NOT NULL
);
