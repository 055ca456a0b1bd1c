-- One rebuild runs at a time across every analytics replica. The advisory lock decides who runs
-- it; this index keeps the table from ever saying otherwise.
UPDATE projection_rebuild SET state = 'FAILED', finished_at = now(), failure = 'Cut off before it finished'
WHERE state = 'RUNNING';
CREATE UNIQUE INDEX projection_rebuild_one_running ON projection_rebuild ((true)) WHERE state = 'RUNNING';
