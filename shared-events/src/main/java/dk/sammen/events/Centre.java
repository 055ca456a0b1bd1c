package dk.sammen.events;

/** The municipality's four welfare centres. */
public enum Centre {
    /** Child and youth counselling, social services for under-18s. */
    C_BUR,
    /** Labour market: jobcentre, youth education guidance (UU). */
    C_ARB,
    /** Social and health for adults: §85 support, housing offers, substance-abuse treatment. */
    C_SS,
    /** Schools, institutions, culture: schools, clubs, PPR. */
    C_SIK
}
