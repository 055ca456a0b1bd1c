-- Underretninger forgotten after their retention period (they led nowhere): ids only, so a replay
-- of the underretning view does not bring them back.
CREATE TABLE forgotten_underretning (
    underretning_id UUID PRIMARY KEY,
    forgotten_at    TIMESTAMPTZ NOT NULL
);
