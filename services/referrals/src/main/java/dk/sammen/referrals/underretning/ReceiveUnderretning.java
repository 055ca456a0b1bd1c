package dk.sammen.referrals.underretning;

import dk.sammen.events.referrals.ConcernCategory;
import dk.sammen.events.referrals.IntakeChannel;
import dk.sammen.events.referrals.ReporterKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Record an underretning (notification of concern) about a child or young person.
 *
 * @param citizenId   the young person, or {@code null} when their identity is still to be resolved
 * @param description the reporter's own words; stays inside this service
 * @param receivedAt  when it reached the municipality, which starts the legal deadlines
 */
public record ReceiveUnderretning(
        @TargetAggregateIdentifier UUID underretningId,
        UUID citizenId,
        ReporterKind reporterKind,
        Set<ConcernCategory> concerns,
        String description,
        IntakeChannel channel,
        Instant receivedAt) {
}
