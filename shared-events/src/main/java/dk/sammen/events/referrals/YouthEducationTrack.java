package dk.sammen.events.referrals;

/** The kind of youth education a young person is enrolled in. */
public enum YouthEducationTrack {
    /** Erhvervsuddannelse: a vocational school (the 2030 target: 30 % of grade-9 leavers). */
    VOCATIONAL,
    /** Gymnasial uddannelse: general upper secondary. */
    GENERAL_UPPER_SECONDARY,
    /** FGU: the preparatory basic education. */
    PREPARATORY,
    /** STU: the special-needs youth education. */
    SPECIAL_NEEDS
}
