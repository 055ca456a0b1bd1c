-- The offers catalogue as the plans service knows it, kept from the offers topic.
CREATE TABLE offer_catalogue (
    offer_id        UUID PRIMARY KEY,
    revision        INT    NOT NULL,
    name            TEXT   NOT NULL,
    centre          TEXT   NOT NULL,
    need_categories TEXT[] NOT NULL
);
