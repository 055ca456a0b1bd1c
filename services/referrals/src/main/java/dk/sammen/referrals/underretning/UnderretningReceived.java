package dk.sammen.referrals.underretning;

import dk.sammen.events.referrals.ConcernCategory;
import dk.sammen.events.referrals.IntakeChannel;
import dk.sammen.events.referrals.ReporterKind;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An underretning was received. The description is personal data and is never published. */
public record UnderretningReceived(
        UUID underretningId,
        UUID citizenId,
        ReporterKind reporterKind,
        Set<ConcernCategory> concerns,
        String description,
        IntakeChannel channel,
        Instant receivedAt) {
}
