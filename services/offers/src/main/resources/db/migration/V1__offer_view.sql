-- Read model of the catalogue, projected from the event store.
CREATE TABLE offer_view (
    offer_id      UUID        PRIMARY KEY,
    revision      INTEGER     NOT NULL,
    name          TEXT        NOT NULL,
    description   TEXT        NOT NULL,
    owning_centre TEXT        NOT NULL,
    kind          TEXT        NOT NULL,
    status        TEXT        NOT NULL,
    published_at  TIMESTAMPTZ NOT NULL,
    version       BIGINT      NOT NULL
);
CREATE INDEX offer_view_centre ON offer_view (owning_centre, name);
