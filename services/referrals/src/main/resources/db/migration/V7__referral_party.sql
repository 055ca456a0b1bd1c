-- Who the parties to each referral are (the course whose team referred, the offer whose provider
-- answers), kept in the referring command's own transaction: access is decided on it the moment
-- the referral exists, before the (asynchronous) referral list has caught up.
CREATE TABLE referral_party (
    referral_id UUID PRIMARY KEY,
    course_id   UUID NOT NULL,
    offer_id    UUID NOT NULL
);
INSERT INTO referral_party (referral_id, course_id, offer_id) SELECT referral_id, course_id, offer_id FROM referral_view;
