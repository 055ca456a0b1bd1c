package dk.sammen.referrals.followup;

import dk.sammen.events.referrals.EducationStatus;
import dk.sammen.events.referrals.FollowUpAction;
import dk.sammen.events.referrals.FollowUpReason;
import dk.sammen.events.referrals.Occupation;
import dk.sammen.events.referrals.YouthEducationTrack;
import dk.sammen.platform.personaldata.DataSubject;
import dk.sammen.platform.personaldata.PersonalData;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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

    /**
     * @param track     the youth education, when the occupation is one; else null
     * @param birthDate null in reports stored before the youth database's reports carried it
     */
    public record OccupationReported(UUID citizenId, @Nullable LocalDate birthDate, Occupation occupation, @Nullable YouthEducationTrack track,
                                     boolean completedYouthEducation, LocalDate reportedOn, Instant recordedAt) {
    }

    /** The registers report the young person living here: one of the population the 2030 targets count. */
    public record YoungResidentKnown(UUID citizenId, YearMonth birthMonth, LocalDate knownOn, Instant recordedAt) {
    }

    public record MovedOutOfMunicipality(UUID citizenId, LocalDate movedOutOn, Instant recordedAt) {
    }

    public record FollowUpNeeded(UUID citizenId, FollowUpReason reason, Instant since) {
    }

    public record FollowedUp(UUID citizenId, FollowUpAction action, UUID by, @PersonalData String note, Instant followedUpAt) implements DataSubject {

        @Override
        public UUID dataSubject() {
            return citizenId;
        }
    }
}
