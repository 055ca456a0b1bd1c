package dk.sammen.events.plans;

/** Who committed to a binding agreement (forpligtende aftale). */
public enum AgreementParty {
    /** The young person. */
    YOUNG_PERSON,
    /** A parent. */
    PARENT,
    /** A named member of the team. */
    TEAM_MEMBER,
    /** A unit of the municipality. */
    UNIT
}
