package dk.sammen.events.plans;

/** The target group of the coordinated youth effort (seed 004, chapter 1) a young person falls in. */
public enum TargetGroup {
    /** 1: a pupil in grade 7-9 with school absence over 20 %. */
    GRADE_7_9_WITH_ABSENCE,
    /** 2: needs support to start or complete a youth education and/or get a job. */
    SUPPORT_TOWARDS_EDUCATION_OR_JOB,
    /** 3: unemployed after a youth education that gives no vocational qualification. */
    UNEMPLOYED_AFTER_NON_QUALIFYING_EDUCATION,
    /** None of the three; a course can still be offered on the citizen's own wish. */
    OUTSIDE_TARGET_GROUP
}
