package dk.sammen.referrals.concern;

import java.time.Period;

/**
 * When a young person's notifications call for a coordinated course: {@code repeated} or more
 * within {@code window}, or notifications from {@code sources} or more kinds of source within it.
 * Configuration ({@code sammen.referrals.flag.*}) with the defaults 3, 24 months and 2.
 */
public record FlagRules(int repeated, Period window, int sources) {
}
