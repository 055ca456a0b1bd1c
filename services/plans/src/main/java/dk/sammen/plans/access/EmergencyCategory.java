package dk.sammen.plans.access;

/** Why a professional off the team must open a course now: the first half of a break-the-glass reason. */
public enum EmergencyCategory {
    /** The young person's safety or health is in danger now. */
    ACUTE_DANGER,
    /** The police, a hospital or another authority asks about the young person now. */
    AUTHORITY_REQUEST,
    /** The young person or their family turns up or calls, and no one on the team can be reached. */
    TEAM_UNREACHABLE,
    /** A legal deadline runs out before the team can act. */
    LEGAL_DEADLINE
}
