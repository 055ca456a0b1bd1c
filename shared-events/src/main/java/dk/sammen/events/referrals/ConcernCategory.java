package dk.sammen.events.referrals;

/** What an underretning is concerned about. */
public enum ConcernCategory {
    ABSENCE,
    WELL_BEING,
    VIOLENCE,
    SEXUAL_ABUSE,
    NEGLECT,
    SUBSTANCE_USE,
    CRIME,
    MENTAL_HEALTH,
    HOUSING,
    OTHER
}
