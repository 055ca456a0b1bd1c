package dk.sammen.referrals.underretning;

import dk.sammen.events.referrals.ConcernCategory;
import dk.sammen.events.referrals.IntakeChannel;
import dk.sammen.events.referrals.LegalDeadline;
import dk.sammen.events.referrals.ReporterKind;
import dk.sammen.events.referrals.UnderretningDecision;
import dk.sammen.platform.domain.Denmark;
import dk.sammen.platform.domain.DomainRuleViolation;
import dk.sammen.platform.journal.NoteKind;
import dk.sammen.referrals.underretning.UnderretningCommands.DecideOnUnderretning;
import dk.sammen.referrals.underretning.UnderretningCommands.GiveFeedback;
import dk.sammen.referrals.underretning.UnderretningCommands.ReceiveUnderretning;
import dk.sammen.referrals.underretning.UnderretningCommands.RecordAssessment;
import dk.sammen.referrals.underretning.UnderretningCommands.ResolveIdentity;
import dk.sammen.referrals.underretning.UnderretningCommands.SendReceipt;
import dk.sammen.referrals.underretning.UnderretningEvents.AssessmentRecorded;
import dk.sammen.referrals.underretning.UnderretningEvents.DeadlineMissed;
import dk.sammen.referrals.underretning.UnderretningEvents.UnderretningReceived;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules and legal deadlines of an underretning, with controlled time. */
class UnderretningTest {

    private static final DeadlineRules RULES = new DeadlineRules(Duration.ofHours(24), 6);

    private final UUID id = UUID.randomUUID();
    private final UUID citizenId = UUID.randomUUID();
    private final UUID caseworker = UUID.randomUUID();
    private AggregateTestFixture<Underretning> fixture;
    private Instant now;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Underretning.class);
        fixture.registerInjectableResource(RULES);
        now = fixture.currentTime();
    }

    private ReceiveUnderretning receive(ReporterKind kind, boolean anonymous, UUID citizen) {
        return new ReceiveUnderretning(id, citizen, citizen == null ? null : LocalDate.of(2010, 2, 9), Set.of(), kind, anonymous,
                false, true, null, List.of(), Set.of(ConcernCategory.ABSENCE), "Fravær", IntakeChannel.DIGITAL_FORM, now, false);
    }

    private UnderretningReceived received(ReporterKind kind) {
        return new UnderretningReceived(id, citizenId, LocalDate.of(2010, 2, 9), Set.of(), kind, false, false, true, null, List.of(),
                Set.of(ConcernCategory.ABSENCE), "Fravær", IntakeChannel.DIGITAL_FORM, now, RULES.assessmentDue(now),
                kind.isProfessional() ? RULES.receiptDue(now) : null, null);
    }

    @Test
    void oneHandledOutsideTheSystemRunsNoDeadlineAndTakesNoAct() {
        ReceiveUnderretning historical = new ReceiveUnderretning(id, citizenId, LocalDate.of(2010, 2, 9), Set.of(), ReporterKind.SCHOOL,
                false, false, true, null, List.of(), Set.of(ConcernCategory.ABSENCE), "Fravær", IntakeChannel.EMAIL,
                now.minusSeconds(86_400 * 365L * 5), true);
        UnderretningReceived imported = new UnderretningReceived(id, citizenId, LocalDate.of(2010, 2, 9), Set.of(), ReporterKind.SCHOOL,
                false, false, true, null, List.of(), Set.of(ConcernCategory.ABSENCE), "Fravær", IntakeChannel.EMAIL,
                now.minusSeconds(86_400 * 365L * 5), null, null, now);
        fixture.givenNoPriorActivity().when(historical).expectEvents(imported).expectNoScheduledDeadlines();
        fixture.given(imported).when(new RecordAssessment(id, null, caseworker, false, false, "?")).expectException(rule("handled-outside-system"));
        fixture.given(imported).when(new SendReceipt(id, null, caseworker)).expectException(rule("handled-outside-system"));
        fixture.given(imported).when(new DecideOnUnderretning(id, null, UnderretningDecision.NO_FURTHER_ACTION, "?", caseworker, null))
                .expectException(rule("handled-outside-system"));
    }

    private AssessmentRecorded assessed() {
        return new AssessmentRecorded(id, citizenId, caseworker, false, false, "Ingen akut fare", false, now);
    }

    private static FeatureMatcher<Object, String> rule(String rule) {
        return new FeatureMatcher<>(Matchers.equalTo(rule), "rule", "rule") {
            @Override
            protected String featureValueOf(Object actual) {
                return actual instanceof DomainRuleViolation violation ? violation.rule() : null;
            }
        };
    }

    /** Exactly one event: the given deadline missed, for this underretning and young person, due when the rules say. */
    private org.hamcrest.Matcher<java.util.List<org.axonframework.messaging.Message<?>>> onlyMissed(LegalDeadline deadline, Instant due) {
        return org.axonframework.test.matchers.Matchers.payloadsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                new FeatureMatcher<Object, String>(Matchers.equalTo(id + " " + citizenId + " " + deadline + " " + due), "missed", "missed") {
                    @Override
                    protected String featureValueOf(Object actual) {
                        return actual instanceof DeadlineMissed m ? m.underretningId() + " " + m.citizenId() + " " + m.deadline() + " " + m.dueAt() : null;
                    }
                }, org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void receiptStartsThe24HourAssessmentAndThe6WorkingDayReceiptDeadlines() {
        fixture.givenNoPriorActivity()
                .when(receive(ReporterKind.SCHOOL, false, citizenId))
                .expectEvents(received(ReporterKind.SCHOOL))
                .expectScheduledDeadlineWithName(RULES.assessmentDue(now), Underretning.ASSESSMENT_DEADLINE)
                .expectScheduledDeadlineWithName(RULES.receiptDue(now), Underretning.RECEIPT_DEADLINE);
    }

    @Test
    void aPrivateReporterIsOwedNoReceipt() {
        fixture.givenNoPriorActivity()
                .when(receive(ReporterKind.PRIVATE_CITIZEN, true, null))
                .expectScheduledDeadlineWithName(RULES.assessmentDue(now), Underretning.ASSESSMENT_DEADLINE)
                .expectNoScheduledDeadlineWithName(RULES.receiptDue(now), Underretning.RECEIPT_DEADLINE);
    }

    @Test
    void aProfessionalCannotBeAnonymous() {
        fixture.givenNoPriorActivity()
                .when(receive(ReporterKind.POLICE, true, citizenId))
                .expectException(rule("professional-named"));
    }

    @Test
    void anAssessmentLeftUndoneFor24HoursIsABreach() {
        fixture.givenCommands(receive(ReporterKind.SCHOOL, false, citizenId))
                .whenTimeElapses(Duration.ofHours(24).plusSeconds(1))
                .expectEventsMatching(onlyMissed(LegalDeadline.ASSESSMENT, RULES.assessmentDue(now)));
    }

    @Test
    void anAssessmentInTimeMeansItsDeadlinePassesWithoutABreach() {
        fixture.givenCommands(receive(ReporterKind.SCHOOL, false, citizenId),
                        new RecordAssessment(id, null, caseworker, false, false, "Ingen akut fare"))
                .whenTimeElapses(Duration.ofHours(25))
                .expectNoEvents();
    }

    @Test
    void anAssessmentAfterTheDeadlineIsRecordedAsLate() {
        fixture.given(received(ReporterKind.SCHOOL))
                .andGivenCurrentTime(now.plus(Duration.ofHours(30)))
                .when(new RecordAssessment(id, null, caseworker, true, true, "Akut"))
                .expectEvents(new AssessmentRecorded(id, citizenId, caseworker, true, true, "Akut", true, now.plus(Duration.ofHours(30))));
    }

    @Test
    void aReceiptLeftUnsentFor6WorkingDaysIsABreach() {
        Instant due = RULES.receiptDue(now);
        fixture.givenCommands(receive(ReporterKind.SCHOOL, false, citizenId), new RecordAssessment(id, null, caseworker, false, false, "ok"))
                .whenTimeAdvancesTo(due.plusSeconds(1))
                .expectEventsMatching(onlyMissed(LegalDeadline.RECEIPT, due));
    }

    @Test
    void aReceiptIsOwedToAProfessionalOnlyAndSentOnce() {
        fixture.given(received(ReporterKind.PRIVATE_CITIZEN))
                .when(new SendReceipt(id, null, caseworker))
                .expectException(rule("receipt-to-professional"));
        fixture.given(received(ReporterKind.SCHOOL), new UnderretningEvents.ReceiptSent(id, citizenId, caseworker, false, now))
                .when(new SendReceipt(id, null, caseworker))
                .expectException(rule("receipt-once"));
    }

    @Test
    void aDecisionFollowsTheAssessmentAndACourseDecisionNeedsTheIdentity() {
        fixture.given(received(ReporterKind.SCHOOL))
                .when(new DecideOnUnderretning(id, null, UnderretningDecision.NO_FURTHER_ACTION, "Ingen", caseworker, null))
                .expectException(rule("assessed-before-decision"));
        fixture.given(received(ReporterKind.SCHOOL), assessed())
                .when(new DecideOnUnderretning(id, null, UnderretningDecision.INFORM_EXISTING_COURSE, "Teamet", caseworker, null))
                .expectException(rule("course-named"));
        UnderretningReceived unidentified = new UnderretningReceived(id, null, null, Set.of(), ReporterKind.SCHOOL, false, false, false,
                null, List.of(), Set.of(ConcernCategory.ABSENCE), "x", IntakeChannel.EMAIL, now, RULES.assessmentDue(now), RULES.receiptDue(now), null);
        fixture.given(unidentified, new AssessmentRecorded(id, null, caseworker, false, false, "ok", false, now))
                .when(new DecideOnUnderretning(id, null, UnderretningDecision.OFFER_COORDINATED_COURSE, "Mønster", caseworker, null))
                .expectException(rule("identity-resolved"));
        fixture.given(received(ReporterKind.SCHOOL), assessed(),
                        new UnderretningEvents.UnderretningDecided(id, citizenId, UnderretningDecision.NO_FURTHER_ACTION, "x", caseworker, null, now))
                .when(new DecideOnUnderretning(id, null, UnderretningDecision.NO_FURTHER_ACTION, "igen", caseworker, null))
                .expectException(rule("decided-once"));
    }

    @Test
    void feedbackGoesToAProfessionalAfterTheDecision() {
        fixture.given(received(ReporterKind.SCHOOL), assessed())
                .when(new GiveFeedback(id, null, true, caseworker))
                .expectException(rule("feedback-after-decision"));
        fixture.given(received(ReporterKind.PRIVATE_CITIZEN), assessed(),
                        new UnderretningEvents.UnderretningDecided(id, citizenId, UnderretningDecision.NO_FURTHER_ACTION, "x", caseworker, null, now))
                .when(new GiveFeedback(id, null, true, caseworker))
                .expectException(rule("feedback-to-professional"));
    }

    @Test
    void anIdentityIsResolvedOnce() {
        fixture.given(received(ReporterKind.SCHOOL))
                .when(new ResolveIdentity(id, null, UUID.randomUUID(), LocalDate.of(2010, 1, 1)))
                .expectException(rule("identity-unresolved"));
    }

    @ParameterizedTest(name = "received {0} -> receipt due by the end of {1}")
    @CsvSource({
            "2025-04-16T10:00:00+02:00, 2025-04-29",   // Maundy Thursday, Good Friday, Easter Monday skipped
            "2025-05-02T10:00:00+02:00, 2025-05-12",   // an ordinary week and a weekend
            "2023-05-01T10:00:00+02:00, 2023-05-10",   // Store Bededag (5 May 2023) was still a holiday
            "2024-04-22T10:00:00+02:00, 2024-04-30",   // ... and no longer in 2024 (26 April)
            "2024-12-20T10:00:00+01:00, 2025-01-02"})  // Christmas and New Year
    void workingDaysSkipWeekendsAndDanishPublicHolidays(ZonedDateTime received, LocalDate lastDay) {
        Instant due = RULES.receiptDue(received.toInstant());
        assertThat(due).isEqualTo(lastDay.plusDays(1).atStartOfDay(Denmark.ZONE).toInstant());
    }

    /**
     * Intake's journal (notatpligt): a note is never changed, a correction supersedes the latest of
     * its chain, a note is about what happened; a document on a note is shared as the note is. One
     * handled outside the system takes notes too: its history is noted like the rest.
     */
    @Test
    void notesAreCorrectedNeverChangedAndADocumentIsSharedAsItsNote() {
        UUID first = UUID.randomUUID();
        UUID correction = UUID.randomUUID();
        Instant earlier = now.minusSeconds(3600);
        UnderretningEvents.NoteWritten noted = new UnderretningEvents.NoteWritten(id, citizenId, first, caseworker, NoteKind.PHONE_CALL,
                earlier, "Fravær 30 %", false, null, now);
        fixture.given(received(ReporterKind.SCHOOL))
                .when(new UnderretningCommands.WriteNote(id, first, caseworker, NoteKind.PHONE_CALL, earlier, "Fravær 30 %", false, null))
                .expectEvents(noted);
        UnderretningEvents.NoteWritten corrected = new UnderretningEvents.NoteWritten(id, citizenId, correction, caseworker,
                NoteKind.PHONE_CALL, earlier, "Fravær 35 %", false, first, now);
        fixture.given(received(ReporterKind.SCHOOL), noted)
                .when(new UnderretningCommands.WriteNote(id, correction, caseworker, NoteKind.PHONE_CALL, earlier, "Fravær 35 %", false, first))
                .expectEvents(corrected);
        fixture.given(received(ReporterKind.SCHOOL), noted, corrected)
                .when(new UnderretningCommands.WriteNote(id, UUID.randomUUID(), caseworker, NoteKind.PHONE_CALL, earlier, "36 %", false, first))
                .expectException(rule("corrects-the-latest"));
        fixture.given(received(ReporterKind.SCHOOL))
                .when(new UnderretningCommands.WriteNote(id, UUID.randomUUID(), caseworker, NoteKind.MEETING, now.plusSeconds(86_400), "Møde",
                        false, null))
                .expectException(rule("noted-after-the-fact"));
        fixture.given(received(ReporterKind.SCHOOL), noted)
                .when(new UnderretningCommands.AttachDocument(id, UUID.randomUUID(), first, "rapport.pdf", "application/pdf", 10, true,
                        caseworker))
                .expectException(rule("shared-as-its-note"));
        UUID document = UUID.randomUUID();
        fixture.given(received(ReporterKind.SCHOOL), noted)
                .when(new UnderretningCommands.AttachDocument(id, document, first, "rapport.pdf", "application/pdf", 10, null, caseworker))
                .expectEvents(new UnderretningEvents.DocumentAttached(id, citizenId, document, first, "rapport.pdf", "application/pdf", 10,
                        false, caseworker, now));
        UnderretningReceived imported = new UnderretningReceived(id, citizenId, null, Set.of(), ReporterKind.SCHOOL, false, false, true,
                null, List.of(), Set.of(ConcernCategory.ABSENCE), "Fravær", IntakeChannel.EMAIL, now.minusSeconds(86_400 * 365L), null,
                null, now);
        fixture.given(imported)
                .when(new UnderretningCommands.WriteNote(id, first, caseworker, NoteKind.PHONE_CALL, earlier, "Fravær 30 %", false, null))
                .expectEvents(noted);
    }
}
