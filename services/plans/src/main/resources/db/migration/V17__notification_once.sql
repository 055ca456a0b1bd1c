-- A notification is about one task's coming to one person at one moment: a replay of the "tasks"
-- processor raises the same ones again and must not repeat them in anyone's feed.
DELETE FROM task_notification n USING task_notification earlier
WHERE n.person_id = earlier.person_id AND n.task_id = earlier.task_id AND n.created_at = earlier.created_at
  AND n.notification_id > earlier.notification_id;
CREATE UNIQUE INDEX task_notification_once ON task_notification (person_id, task_id, created_at);
