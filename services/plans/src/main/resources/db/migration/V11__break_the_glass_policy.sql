-- Break-the-glass policy: why (a category beside the text), and the centre leader who approved a
-- grant the same person asked for again within the renewal window.
ALTER TABLE emergency_access ADD COLUMN category TEXT;
ALTER TABLE emergency_access ADD COLUMN approved_by UUID;
CREATE INDEX emergency_access_course ON emergency_access (course_id, granted_at);
