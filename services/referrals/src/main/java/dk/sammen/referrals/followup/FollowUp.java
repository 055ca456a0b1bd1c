package dk.sammen.referrals.followup;

import dk.sammen.events.referrals.EducationStatus;
import dk.sammen.events.referrals.FollowUpReason;
import dk.sammen.events.referrals.Occupation;
import dk.sammen.platform.domain.Denmark;
import dk.sammen.platform.domain.DomainRuleViolation;
import dk.sammen.referrals.followup.FollowUpCommands.RecordEducationStatus;
import dk.sammen.referrals.followup.FollowUpCommands.RecordFollowUp;
import dk.sammen.referrals.followup.FollowUpCommands.RecordMoveIn;
import dk.sammen.referrals.followup.FollowUpCommands.RecordMoveOut;
import dk.sammen.referrals.followup.FollowUpCommands.RecordOccupation;
import dk.sammen.referrals.followup.FollowUpCommands.RecordSchoolAbsence;
import dk.sammen.referrals.followup.FollowUpEvents.EducationStatusReported;
import dk.sammen.referrals.followup.FollowUpEvents.FollowUpNeeded;
import dk.sammen.referrals.followup.FollowUpEvents.FollowedUp;
import dk.sammen.referrals.followup.FollowUpEvents.MovedIntoMunicipality;
import dk.sammen.referrals.followup.FollowUpEvents.MovedOutOfMunicipality;
import dk.sammen.referrals.followup.FollowUpEvents.OccupationReported;
import dk.sammen.referrals.followup.FollowUpEvents.SchoolAbsenceReported;
import dk.sammen.referrals.followup.FollowUpEvents.YoungResidentKnown;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * The data-supported follow-up of one young person (seed 004): the signals about them, and
 * whether they are on the follow-up list. A young person in the target group (13-30) who shows
 * the high-risk indicator, is at risk of dropping out or has dropped out, or moved in with no
 * known attachment to education, stays on the list until someone acts.
 */
@Aggregate
public class FollowUp {

    static final int YOUNGEST = 13;
    static final int OLDEST = 30;
    static final int ABSENCE_THRESHOLD_PERCENT = 20;

    @AggregateIdentifier
    private UUID citizenId;
    private EducationStatus educationStatus;
    private @Nullable Occupation occupation;
    /** As the last signal that carried it said (occupation reports stored before they carried it: none). */
    private @Nullable LocalDate birthDate;
    private boolean knownResident;
    private boolean onList;

    protected FollowUp() {
        // For Axon.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(RecordEducationStatus command) {
        apply(new EducationStatusReported(command.citizenId(), command.birthDate(), command.status(), command.reportedOn(), now()));
        knownResident(command.birthDate(), command.reportedOn());
        FollowUpReason reason = switch (command.status()) {
            case AT_RISK_OF_DROPPING_OUT -> FollowUpReason.AT_RISK_OF_DROPPING_OUT;
            case DROPPED_OUT -> FollowUpReason.DROPPED_OUT;
            case ENROLLED, COMPLETED -> null;
        };
        needsFollowUp(command.birthDate(), command.reportedOn(), reason);
        return getVersion();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(RecordSchoolAbsence command) {
        boolean highRisk = command.grade() >= 7 && command.grade() <= 9 && command.absencePercent() > ABSENCE_THRESHOLD_PERCENT;
        apply(new SchoolAbsenceReported(command.citizenId(), command.birthDate(), command.grade(), command.absencePercent(), highRisk,
                command.periodEnd(), now()));
        knownResident(command.birthDate(), command.periodEnd());
        needsFollowUp(command.birthDate(), command.periodEnd(), highRisk ? FollowUpReason.SCHOOL_ABSENCE_OVER_20_PERCENT : null);
        return getVersion();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(RecordMoveIn command) {
        apply(new MovedIntoMunicipality(command.citizenId(), command.birthDate(), command.movedInOn(), now()));
        knownResident(command.birthDate(), command.movedInOn());
        // Attached to education or work: enrolled or completed, or in a youth education or a job as the youth database last said.
        boolean attached = educationStatus == EducationStatus.ENROLLED || educationStatus == EducationStatus.COMPLETED
                || occupation == Occupation.YOUTH_EDUCATION || occupation == Occupation.JOB;
        needsFollowUp(command.birthDate(), command.movedInOn(), attached ? null : FollowUpReason.MOVED_IN_WITHOUT_ATTACHMENT);
        return getVersion();
    }

    /**
     * A youth education track belongs to an occupation in youth education and nowhere else; a
     * report that mixes them would make the vocational-school indicator count the wrong people.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(RecordOccupation command) {
        boolean inYouthEducation = command.occupation() == Occupation.YOUTH_EDUCATION;
        if (inYouthEducation != (command.track() != null)) {
            throw new DomainRuleViolation("track-with-youth-education",
                    "A youth education track is given exactly when the occupation is YOUTH_EDUCATION");
        }
        if (command.occupation() == Occupation.COMPLETED_YOUTH_EDUCATION && !command.completedYouthEducation()) {
            throw new DomainRuleViolation("completed-youth-education",
                    "The occupation COMPLETED_YOUTH_EDUCATION means a youth education has been completed");
        }
        apply(new OccupationReported(command.citizenId(), command.birthDate(), command.occupation(), command.track(),
                command.completedYouthEducation(), command.reportedOn(), now()));
        knownResident(command.birthDate(), command.reportedOn());
        needsFollowUp(birthDate, command.reportedOn(),
                command.occupation() == Occupation.NEITHER_EDUCATION_NOR_JOB ? FollowUpReason.NEITHER_EDUCATION_NOR_JOB : null);
        return getVersion();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(RecordMoveOut command) {
        apply(new MovedOutOfMunicipality(command.citizenId(), command.movedOutOn(), now()));
        return getVersion();
    }

    @CommandHandler
    long handle(RecordFollowUp command) {
        if (!onList) {
            throw new DomainRuleViolation("on-follow-up-list", "This young person is not on the follow-up list");
        }
        apply(new FollowedUp(citizenId, command.action(), command.by(), command.note(), now()));
        return getVersion();
    }

    /**
     * One of the municipality's young people, counted in the 2030 targets whether or not they
     * ever have a course: said once, by the first signal that carries their date of birth.
     */
    private void knownResident(@Nullable LocalDate birthDate, LocalDate on) {
        if (!knownResident && birthDate != null) {
            apply(new YoungResidentKnown(citizenId, YearMonth.from(birthDate), on, now()));
        }
    }

    /**
     * Onto the list once, if the young person is in the target group on the day of the signal (a
     * report without a date of birth comes from the youth database, which reports only that age
     * band); on it since the day of the signal, not the day it was registered.
     */
    private void needsFollowUp(@Nullable LocalDate birthDate, LocalDate on, @Nullable FollowUpReason reason) {
        int age = birthDate == null ? YOUNGEST : Period.between(birthDate, on).getYears();
        if (reason != null && !onList && age >= YOUNGEST && age <= OLDEST) {
            apply(new FollowUpNeeded(citizenId, reason, on.atStartOfDay(Denmark.ZONE).toInstant()));
        }
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    @EventSourcingHandler
    void on(EducationStatusReported event) {
        citizenId = event.citizenId();
        birthDate = event.birthDate();
        educationStatus = event.status();
    }

    @EventSourcingHandler
    void on(SchoolAbsenceReported event) {
        citizenId = event.citizenId();
        birthDate = event.birthDate();
    }

    @EventSourcingHandler
    void on(MovedIntoMunicipality event) {
        citizenId = event.citizenId();
        birthDate = event.birthDate();
    }

    @EventSourcingHandler
    void on(OccupationReported event) {
        citizenId = event.citizenId();
        occupation = event.occupation();
        if (event.birthDate() != null) {
            birthDate = event.birthDate();
        }
    }

    @EventSourcingHandler
    void on(YoungResidentKnown event) {
        knownResident = true;
    }

    @EventSourcingHandler
    void on(MovedOutOfMunicipality event) {
        citizenId = event.citizenId();
        onList = false; // no longer the municipality's to follow up; a move back in is a signal of its own
    }

    @EventSourcingHandler
    void on(FollowUpNeeded event) {
        onList = true;
    }

    @EventSourcingHandler
    void on(FollowedUp event) {
        onList = false;
    }
}
