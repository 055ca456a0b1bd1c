package dk.sammen.referrals.followup;

import dk.sammen.events.referrals.EducationStatus;
import dk.sammen.events.referrals.FollowUpAction;
import dk.sammen.events.referrals.FollowUpReason;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public final class FollowUpEvents {

    private FollowUpEvents() {
    }

    public record EducationStatusReported(UUID citizenId, LocalDate birthDate, EducationStatus status, LocalDate reportedOn,
                                          Instant recordedAt) {
    }

    /** @param highRisk grade 7-9 with absence over 20 %, the high-risk indicator */
    public record SchoolAbsenceReported(UUID citizenId, LocalDate birthDate, int grade, int absencePercent, boolean highRisk,
                                        LocalDate periodEnd, Instant recordedAt) {
    }

    public record MovedIntoMunicipality(UUID citizenId, LocalDate birthDate, LocalDate movedInOn, Instant recordedAt) {
    }

    public record FollowUpNeeded(UUID citizenId, FollowUpReason reason, Instant since) {
    }

    public record FollowedUp(UUID citizenId, FollowUpAction action, UUID by, String note, Instant followedUpAt) {
    }
}
