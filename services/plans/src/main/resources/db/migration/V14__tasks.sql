-- What each course needs done, by whom and by when (processor "tasks"), and each person's feed of
-- the tasks that came to them.
CREATE TABLE task_course (
    course_id                UUID PRIMARY KEY,
    citizen_id               UUID    NOT NULL,
    -- the tovholder; before one, the caseworker who offered the course; none for intake's courses
    holder_id                UUID,
    adult_transition_planned BOOLEAN NOT NULL DEFAULT false,
    closed                   BOOLEAN NOT NULL DEFAULT false
);

CREATE TABLE task (
    task_id     UUID PRIMARY KEY,
    kind        TEXT        NOT NULL,
    course_id   UUID        NOT NULL,
    citizen_id  UUID        NOT NULL,
    about_id    UUID        NOT NULL,
    assignee_id UUID,
    due_on      DATE,
    raised_at   TIMESTAMPTZ NOT NULL,
    closed_at   TIMESTAMPTZ
);
CREATE INDEX task_open_of_assignee ON task (assignee_id, due_on) WHERE closed_at IS NULL;
CREATE INDEX task_open_in_queue ON task (raised_at) WHERE closed_at IS NULL AND assignee_id IS NULL;
CREATE INDEX task_of_course ON task (course_id);

CREATE TABLE task_notification (
    notification_id BIGSERIAL PRIMARY KEY,
    person_id       UUID        NOT NULL,
    task_id         UUID        NOT NULL,
    kind            TEXT        NOT NULL,
    course_id       UUID        NOT NULL,
    due_on          DATE,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX task_notification_of_person ON task_notification (person_id, notification_id);
CREATE INDEX task_notification_of_course ON task_notification (course_id);
