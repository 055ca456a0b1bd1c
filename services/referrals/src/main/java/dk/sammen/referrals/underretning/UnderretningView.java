package dk.sammen.referrals.underretning;

import dk.sammen.events.referrals.ConcernCategory;
import dk.sammen.events.referrals.IntakeChannel;
import dk.sammen.events.referrals.ReporterKind;
import dk.sammen.platform.web.Versioned;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An underretning as intake front ends list it (without the description). */
public record UnderretningView(UUID underretningId, UUID citizenId, ReporterKind reporterKind,
                               Set<ConcernCategory> concerns, IntakeChannel channel, Instant receivedAt, long version) implements Versioned {
}
