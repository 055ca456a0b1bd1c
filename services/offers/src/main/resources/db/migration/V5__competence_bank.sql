-- The competence bank, searchable in Danish like the offers.
CREATE TABLE competence_view (
    competence_id   UUID PRIMARY KEY,
    revision        INTEGER     NOT NULL,
    centre          TEXT        NOT NULL,
    need_categories TEXT[]      NOT NULL,
    availability    TEXT        NOT NULL,
    withdrawn       BOOLEAN     NOT NULL DEFAULT FALSE,
    details         JSONB       NOT NULL,
    search_text     TEXT        NOT NULL,
    search          TSVECTOR GENERATED ALWAYS AS (to_tsvector('danish', search_text)) STORED,
    version         BIGINT      NOT NULL
);
CREATE INDEX competence_view_search ON competence_view USING GIN (search);
