-- What the annual status is computed from, kept from the plans service's events: which courses
-- used which offer when, and the progression measured in those courses.
CREATE TABLE offer_use (
    course_id  UUID NOT NULL,
    offer_id   UUID NOT NULL,
    started_on DATE NOT NULL,
    ended_on   DATE,
    PRIMARY KEY (course_id, offer_id, started_on)
);
CREATE INDEX offer_use_offer ON offer_use (offer_id);

CREATE TABLE course_progression (
    measurement_id UUID PRIMARY KEY,
    course_id      UUID             NOT NULL,
    dimension      TEXT             NOT NULL,
    scale_min      DOUBLE PRECISION NOT NULL,
    scale_max      DOUBLE PRECISION NOT NULL,
    value          DOUBLE PRECISION NOT NULL,
    measured_on    DATE             NOT NULL
);
CREATE INDEX course_progression_course ON course_progression (course_id, dimension, measured_on);
