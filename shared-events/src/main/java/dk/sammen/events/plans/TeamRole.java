package dk.sammen.events.plans;

/** What a team member does in the course. */
public enum TeamRole {
    /** Sagsbehandler. */
    CASEWORKER,
    /** Borgerkoordinator. */
    CITIZEN_COORDINATOR,
    /** Lærer. */
    TEACHER,
    /** Pædagog. */
    PEDAGOGUE,
    /** Psykolog (PPR). */
    PSYCHOLOGIST,
    /** UU-vejleder. */
    YOUTH_GUIDANCE_COUNSELLOR,
    /** Jobkonsulent. */
    JOB_CONSULTANT,
    /** Mentor. */
    MENTOR,
    /** Sundhedsfaglig. */
    HEALTH_PROFESSIONAL,
    /** Familiebehandler. */
    FAMILY_THERAPIST,
    /** Misbrugsbehandler. */
    SUBSTANCE_ABUSE_COUNSELLOR,
    /** A parent. */
    PARENT,
    /** Another person from the private network. */
    NETWORK_PERSON,
    /** Another role. */
    OTHER
}
