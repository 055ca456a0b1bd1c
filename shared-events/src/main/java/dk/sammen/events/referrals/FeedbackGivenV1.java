package dk.sammen.events.referrals;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** The professional reporter was told whether an investigation or measures followed. */
@EventType("dk.sammen.referrals.feedback-given.v1")
public record FeedbackGivenV1(
        UUID underretningId,
        @Nullable UUID citizenId,
        boolean investigationOrMeasures,
        Instant givenAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return underretningId.toString();
    }

    /** The young person's events stay in order; an unidentified one's under the underretning. */
    @Override
    public String partitionKey() {
        return citizenId != null ? citizenId.toString() : underretningId.toString();
    }
}
