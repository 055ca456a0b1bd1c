package dk.sammen.events.referrals;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** School absence was reported for a pupil; over 20 % in grade 7-9 is the high-risk indicator. */
@EventType("dk.sammen.referrals.school-absence-reported.v1")
public record SchoolAbsenceReportedV1(
        UUID citizenId,
        int grade,
        int absencePercent,
        boolean highRisk,
        LocalDate periodEnd,
        Instant recordedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return citizenId.toString();
    }
}
