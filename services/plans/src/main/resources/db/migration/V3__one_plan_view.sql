-- The one-plan view replaces the skeleton's course list: one JSON document per course, with the
-- columns lists and worklists filter on beside it.
DROP TABLE course_view;

CREATE TABLE course_plan (
    course_id    UUID PRIMARY KEY,
    citizen_id   UUID        NOT NULL,
    status       TEXT        NOT NULL,
    tovholder_id UUID,
    member_ids   UUID[]      NOT NULL DEFAULT '{}',
    opened_at    TIMESTAMPTZ NOT NULL,
    version      BIGINT      NOT NULL,
    document     JSONB       NOT NULL
);
CREATE INDEX course_plan_citizen ON course_plan (citizen_id);
CREATE INDEX course_plan_members ON course_plan USING GIN (member_ids);
