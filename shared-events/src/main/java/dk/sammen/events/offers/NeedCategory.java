package dk.sammen.events.offers;

/**
 * A category of need an offer serves: the key of the needs bank (seed 000), and how double offers
 * (dobbelttilbud) from different centres for the same need are recognised.
 */
public enum NeedCategory {
    /** School attendance and absence. */
    SCHOOL_ATTENDANCE,
    /** Learning and schoolwork. */
    LEARNING,
    /** Well-being and mental health. */
    MENTAL_HEALTH,
    /** Substance use. */
    SUBSTANCE_USE,
    /** A place to live. */
    HOUSING,
    /** Support to the family and the parents. */
    FAMILY_SUPPORT,
    /** Relations, network and communities. */
    SOCIAL_NETWORK,
    /** Mastery of everyday life. */
    EVERYDAY_MASTERY,
    /** Choosing and starting an education. */
    EDUCATION_GUIDANCE,
    /** Getting and keeping a job. */
    EMPLOYMENT,
    /** Physical health. */
    PHYSICAL_HEALTH,
    /** Money and debt. */
    ECONOMY
}
