package dk.sammen.referrals.followup;

import dk.sammen.events.referrals.EducationStatus;
import dk.sammen.events.referrals.FollowUpAction;
import dk.sammen.events.referrals.FollowUpReason;
import dk.sammen.events.referrals.Occupation;
import dk.sammen.platform.domain.DomainRuleViolation;
import dk.sammen.referrals.followup.FollowUpCommands.RecordEducationStatus;
import dk.sammen.referrals.followup.FollowUpCommands.RecordFollowUp;
import dk.sammen.referrals.followup.FollowUpCommands.RecordMoveIn;
import dk.sammen.referrals.followup.FollowUpCommands.RecordSchoolAbsence;
import dk.sammen.referrals.followup.FollowUpEvents.EducationStatusReported;
import dk.sammen.referrals.followup.FollowUpEvents.FollowUpNeeded;
import dk.sammen.referrals.followup.FollowUpEvents.FollowedUp;
import dk.sammen.referrals.followup.FollowUpEvents.MovedIntoMunicipality;
import dk.sammen.referrals.followup.FollowUpEvents.SchoolAbsenceReported;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/** Who comes on the follow-up list, and who leaves it (seed 004's data-supported follow-up). */
class FollowUpTest {

    private final UUID citizenId = UUID.randomUUID();
    private final LocalDate born = LocalDate.of(2011, 3, 7);
    private final LocalDate day = LocalDate.of(2025, 3, 31);
    private AggregateTestFixture<FollowUp> fixture;
    private Instant now;

    /** On the list since the day of the signal. */
    private static Instant since(LocalDate day) {
        return day.atStartOfDay(java.time.ZoneId.of("Europe/Copenhagen")).toInstant();
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FollowUp.class);
        now = fixture.currentTime();
    }

    @Test
    void absenceOver20PercentInGrade7To9IsTheHighRiskIndicator() {
        fixture.givenNoPriorActivity()
                .when(new RecordSchoolAbsence(citizenId, born, 8, 21, day))
                .expectEvents(new SchoolAbsenceReported(citizenId, born, 8, 21, true, day, now), known(born, day),
                        new FollowUpNeeded(citizenId, FollowUpReason.SCHOOL_ABSENCE_OVER_20_PERCENT, since(day)));
        fixture.givenNoPriorActivity()
                .when(new RecordSchoolAbsence(citizenId, born, 8, 20, day))
                .expectEvents(new SchoolAbsenceReported(citizenId, born, 8, 20, false, day, now), known(born, day));
        fixture.givenNoPriorActivity()
                .when(new RecordSchoolAbsence(citizenId, born, 6, 40, day))
                .expectEvents(new SchoolAbsenceReported(citizenId, born, 6, 40, false, day, now), known(born, day));
    }

    @Test
    void droppingOutOrRiskingItPutsAYoungPersonOnTheList() {
        LocalDate eighteen = LocalDate.of(2005, 1, 1);
        fixture.givenNoPriorActivity()
                .when(new RecordEducationStatus(citizenId, eighteen, EducationStatus.DROPPED_OUT, day))
                .expectEvents(new EducationStatusReported(citizenId, eighteen, EducationStatus.DROPPED_OUT, day, now), known(eighteen, day),
                        new FollowUpNeeded(citizenId, FollowUpReason.DROPPED_OUT, since(day)));
        fixture.givenNoPriorActivity()
                .when(new RecordEducationStatus(citizenId, eighteen, EducationStatus.ENROLLED, day))
                .expectEvents(new EducationStatusReported(citizenId, eighteen, EducationStatus.ENROLLED, day, now), known(eighteen, day));
    }

    @Test
    void aMoveInWithoutAKnownAttachmentNeedsFollowingUp() {
        LocalDate twenty = LocalDate.of(2005, 1, 1);
        fixture.givenNoPriorActivity()
                .when(new RecordMoveIn(citizenId, twenty, day))
                .expectEvents(new MovedIntoMunicipality(citizenId, twenty, day, now), known(twenty, day),
                        new FollowUpNeeded(citizenId, FollowUpReason.MOVED_IN_WITHOUT_ATTACHMENT, since(day)));
        fixture.given(new EducationStatusReported(citizenId, twenty, EducationStatus.ENROLLED, day, now), known(twenty, day))
                .when(new RecordMoveIn(citizenId, twenty, day))
                .expectEvents(new MovedIntoMunicipality(citizenId, twenty, day, now));
    }

    @Test
    void onlyTheTargetGroupOf13To30ComesOnTheList() {
        LocalDate thirtyFive = LocalDate.of(1990, 1, 1);
        fixture.givenNoPriorActivity()
                .when(new RecordEducationStatus(citizenId, thirtyFive, EducationStatus.DROPPED_OUT, day))
                .expectEvents(new EducationStatusReported(citizenId, thirtyFive, EducationStatus.DROPPED_OUT, day, now), known(thirtyFive, day));
    }

    @Test
    void aYoungPersonStaysOnTheListOnceUntilSomeoneActs() {
        UUID caseworker = UUID.randomUUID();
        FollowUpNeeded needed = new FollowUpNeeded(citizenId, FollowUpReason.SCHOOL_ABSENCE_OVER_20_PERCENT, since(day));
        fixture.given(new SchoolAbsenceReported(citizenId, born, 8, 30, true, day, now), known(born, day), needed)
                .when(new RecordSchoolAbsence(citizenId, born, 8, 35, day))
                .expectEvents(new SchoolAbsenceReported(citizenId, born, 8, 35, true, day, now));
        fixture.given(new SchoolAbsenceReported(citizenId, born, 8, 30, true, day, now), needed)
                .when(new RecordFollowUp(citizenId, null, FollowUpAction.COURSE_OFFERED, caseworker, "Tilbudt SBF"))
                .expectEvents(new FollowedUp(citizenId, FollowUpAction.COURSE_OFFERED, caseworker, "Tilbudt SBF", now));
        fixture.given(new SchoolAbsenceReported(citizenId, born, 8, 10, false, day, now))
                .when(new RecordFollowUp(citizenId, null, FollowUpAction.CONTACTED, caseworker, null))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void neitherEducationNorJobPutsAYoungPersonOnTheListAndAJobIsAnAttachment() {
        fixture.given(new SchoolAbsenceReported(citizenId, born, 9, 5, false, day, now), known(born, day))
                .when(new FollowUpCommands.RecordOccupation(citizenId, born, Occupation.NEITHER_EDUCATION_NOR_JOB, null, false, day))
                .expectEvents(new FollowUpEvents.OccupationReported(citizenId, born, Occupation.NEITHER_EDUCATION_NOR_JOB, null, false, day, now),
                        new FollowUpNeeded(citizenId, FollowUpReason.NEITHER_EDUCATION_NOR_JOB, since(day)));
        LocalDate twenty = LocalDate.of(2005, 1, 1);
        fixture.given(new FollowUpEvents.OccupationReported(citizenId, twenty, Occupation.JOB, null, false, day, now), known(twenty, day))
                .when(new RecordMoveIn(citizenId, twenty, day))
                .expectEvents(new MovedIntoMunicipality(citizenId, twenty, day, now));
    }

    @Test
    void movingOutTakesAYoungPersonOffTheListAndMovingBackInIsANewSignal() {
        LocalDate twenty = LocalDate.of(2005, 1, 1);
        LocalDate back = day.plusMonths(6);
        fixture.given(new MovedIntoMunicipality(citizenId, twenty, day, now), known(twenty, day),
                        new FollowUpNeeded(citizenId, FollowUpReason.MOVED_IN_WITHOUT_ATTACHMENT, since(day)),
                        new FollowUpEvents.MovedOutOfMunicipality(citizenId, day.plusMonths(1), now))
                .when(new RecordMoveIn(citizenId, twenty, back))
                .expectEvents(new MovedIntoMunicipality(citizenId, twenty, back, now),
                        new FollowUpNeeded(citizenId, FollowUpReason.MOVED_IN_WITHOUT_ATTACHMENT, since(back)));
    }

    /**
     * The population of the 2030 targets: a young person is known to live here from the first
     * signal that carries their date of birth, once; an occupation report stored before those
     * reports carried one does not make them known, the next signal with one does.
     */
    @Test
    void aYoungPersonIsKnownAsAResidentOnceFromTheFirstSignalCarryingTheirBirthDate() {
        fixture.given(new FollowUpEvents.OccupationReported(citizenId, null, Occupation.JOB, null, false, day, now))
                .when(new FollowUpCommands.RecordOccupation(citizenId, born, Occupation.JOB, null, false, day.plusMonths(1)))
                .expectEvents(new FollowUpEvents.OccupationReported(citizenId, born, Occupation.JOB, null, false, day.plusMonths(1), now),
                        known(born, day.plusMonths(1)));
        fixture.given(new FollowUpEvents.OccupationReported(citizenId, born, Occupation.JOB, null, false, day, now), known(born, day))
                .when(new RecordEducationStatus(citizenId, born, EducationStatus.ENROLLED, day.plusMonths(1)))
                .expectEvents(new EducationStatusReported(citizenId, born, EducationStatus.ENROLLED, day.plusMonths(1), now));
        fixture.givenNoPriorActivity()
                .when(new FollowUpCommands.RecordMoveOut(citizenId, day))
                .expectEvents(new FollowUpEvents.MovedOutOfMunicipality(citizenId, day, now));
    }

    private FollowUpEvents.YoungResidentKnown known(LocalDate birthDate, LocalDate on) {
        return new FollowUpEvents.YoungResidentKnown(citizenId, YearMonth.from(birthDate), on, now);
    }
}
