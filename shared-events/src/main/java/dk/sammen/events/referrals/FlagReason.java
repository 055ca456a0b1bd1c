package dk.sammen.events.referrals;

/** Why a young person was flagged for a coordinated course. */
public enum FlagReason {
    /** Repeated notifications within the window. */
    REPEATED_NOTIFICATIONS,
    /** Notifications from several kinds of source within the window. */
    SEVERAL_SOURCES
}
