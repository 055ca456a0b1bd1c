package dk.sammen.events.referrals;

/**
 * What a young person is occupied with, as the youth database (Ungedatabasen) reports it: the
 * states of a course trajectory in the forløbsanalyser.
 */
public enum Occupation {
    /** In grade school (folkeskole, grade 0-10). */
    GRADE_SCHOOL,
    /** Enrolled in a youth education (ungdomsuddannelse) or its preparation. */
    YOUTH_EDUCATION,
    /** Has completed a youth education and is not (yet) in a job or further education. */
    COMPLETED_YOUTH_EDUCATION,
    /** In an ordinary job. */
    JOB,
    /** In neither education nor a job. */
    NEITHER_EDUCATION_NOR_JOB
}
