-- An underretning imported from before Sammen, handled outside the system: counted apart from the
-- intake's response times (no deadline ran for it in Sammen).
ALTER TABLE underretning_fact ADD COLUMN imported BOOLEAN;
