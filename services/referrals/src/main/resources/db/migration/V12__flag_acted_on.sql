-- When intake decided about a flagged young person: the flag has been acted on, and they can be flagged again.
ALTER TABLE flagged_young_person ADD COLUMN acted_on_at TIMESTAMPTZ;
