package dk.sammen.events.plans;

/** Where a member of the interdisciplinary team comes from (principle 3). */
public enum TeamAffiliation {
    /** Centre for children and youth counselling. */
    C_BUR,
    /** Labour-market centre (jobcentre, UU). */
    C_ARB,
    /** Centre for social and health services for adults. */
    C_SS,
    /** Centre for schools, institutions and culture. */
    C_SIK,
    /** An actor outside the municipality, such as a provider or a youth education. */
    EXTERNAL_ACTOR,
    /** The young person's own network: parents, family, friends. */
    PRIVATE_NETWORK
}
