package dk.sammen.referrals.underretning;

import dk.sammen.events.referrals.ConcernCategory;
import dk.sammen.events.referrals.IntakeChannel;
import dk.sammen.events.referrals.ReporterKind;
import dk.sammen.events.referrals.UnderretningDecision;
import dk.sammen.platform.web.Versioned;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An underretning as intake front ends see it: its deadlines and how far it has come. Never the
 * description's author or the CPR number; the reporter's identity has an endpoint of its own.
 *
 * @param assessmentOverdue    and {@code receiptOverdue}: the deadline has passed without the act (at the time of reading)
 * @param handledOutsideSystem imported from before Sammen as received and handled elsewhere: no deadlines, never in the inbox
 */
public record UnderretningView(UUID underretningId, @Nullable UUID citizenId, ReporterKind reporterKind, Set<ConcernCategory> concerns,
                               IntakeChannel channel, Instant receivedAt, @Nullable Instant assessmentDue, @Nullable Instant assessedAt,
                               @Nullable Boolean childInDanger, boolean assessmentOverdue, @Nullable Instant receiptDue,
                               @Nullable Instant receiptSentAt, boolean receiptOverdue, @Nullable UnderretningDecision decision,
                               @Nullable Instant decidedAt, @Nullable UUID courseId, @Nullable Instant feedbackGivenAt,
                               boolean handledOutsideSystem, long version) implements Versioned {
}
