package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A binding agreement (forpligtende aftale) was made at a meeting. */
@EventType("dk.sammen.plans.agreement-made.v1")
public record AgreementMadeV1(
        UUID courseId,
        UUID agreementId,
        UUID meetingId,
        AgreementParty party,
        @Nullable UUID partyMemberId,
        LocalDate dueDate,
        Instant madeAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
