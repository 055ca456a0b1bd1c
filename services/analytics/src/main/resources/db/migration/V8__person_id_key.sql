-- Which key analytics' person ids were made with (a keyed hash of a fixed text, not the key):
-- a replica, or a restart, with another key would give the same people other ids in the same tables.
CREATE TABLE person_id_key (
    only_row    BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    fingerprint TEXT NOT NULL
);
