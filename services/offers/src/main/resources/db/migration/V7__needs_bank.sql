-- The needs bank: open needs for units to bid on (never the course that posted them), and the bids.
CREATE TABLE need_view (
    need_id         UUID PRIMARY KEY,
    course_id       UUID        NOT NULL,
    need_categories TEXT[]      NOT NULL,
    goals           TEXT        NOT NULL,
    constraints     TEXT,
    wanted_from     DATE        NOT NULL,
    wanted_to       DATE        NOT NULL,
    accepted_bid    UUID,
    offer_id        UUID,
    posted_at       TIMESTAMPTZ NOT NULL,
    version         BIGINT      NOT NULL
);

CREATE TABLE need_bid (
    bid_id     UUID PRIMARY KEY,
    need_id    UUID        NOT NULL,
    solution   JSONB       NOT NULL,
    start_on   DATE        NOT NULL,
    submitted_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX need_bid_need ON need_bid (need_id);
