-- Who works on a course, whose it is and what its consents cover now live in the platform's
-- course_fact tables (CourseFacts, consumer group referrals-course-facts, which reads plans'
-- topic from the beginning and so fills them in).
DROP TABLE course_consent;
DROP TABLE course_team;
DROP TABLE course_citizen;
