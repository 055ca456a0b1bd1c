package dk.sammen.referrals.followup;

import dk.sammen.events.referrals.EducationStatus;
import dk.sammen.events.referrals.FollowUpAction;
import dk.sammen.events.referrals.Occupation;
import dk.sammen.events.referrals.YouthEducationTrack;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** The signals of the data-supported follow-up (seed 004), about a young person known by their pseudonym. */
public final class FollowUpCommands {

    private FollowUpCommands() {
    }

    public record RecordEducationStatus(@TargetAggregateIdentifier UUID citizenId, LocalDate birthDate, EducationStatus status,
                                        LocalDate reportedOn) {
    }

    public record RecordSchoolAbsence(@TargetAggregateIdentifier UUID citizenId, LocalDate birthDate, int grade, int absencePercent,
                                      LocalDate periodEnd) {
    }

    public record RecordMoveIn(@TargetAggregateIdentifier UUID citizenId, LocalDate birthDate, LocalDate movedInOn) {
    }

    /** @param birthDate from the CPR number the youth database reports under */
    public record RecordOccupation(@TargetAggregateIdentifier UUID citizenId, @Nullable LocalDate birthDate, Occupation occupation,
                                   @Nullable YouthEducationTrack track, boolean completedYouthEducation, LocalDate reportedOn) {
    }

    public record RecordMoveOut(@TargetAggregateIdentifier UUID citizenId, LocalDate movedOutOn) {
    }

    public record RecordFollowUp(@TargetAggregateIdentifier UUID citizenId, @TargetAggregateVersion @Nullable Long expectedVersion,
                                 FollowUpAction action, UUID by, String note) {
    }
}
