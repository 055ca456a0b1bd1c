-- Underretninger from before Sammen, imported as received and handled outside the system: no
-- deadlines, never in the inbox or the intake's figures.
ALTER TABLE underretning_view ADD COLUMN handled_outside_system BOOLEAN NOT NULL DEFAULT false;
