package dk.sammen.events.referrals;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An education status was reported for a young person. */
@EventType("dk.sammen.referrals.education-status-reported.v1")
public record EducationStatusReportedV1(
        UUID citizenId,
        EducationStatus status,
        LocalDate reportedOn,
        Instant recordedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return citizenId.toString();
    }
}
