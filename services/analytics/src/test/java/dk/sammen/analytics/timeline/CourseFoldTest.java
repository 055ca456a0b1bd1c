package dk.sammen.analytics.timeline;

import dk.sammen.analytics.projection.TimelineEntry;
import dk.sammen.events.Centre;
import dk.sammen.events.EventCodec;
import dk.sammen.events.EventContracts;
import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.events.plans.AgreementFollowedUpV1;
import dk.sammen.events.plans.AgreementMadeV1;
import dk.sammen.events.plans.AgreementParty;
import dk.sammen.events.plans.CourseActivatedV1;
import dk.sammen.events.plans.CourseClosedV1;
import dk.sammen.events.plans.CourseOfferEndedV1;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.CourseOfferStartedV1;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.events.plans.CourseOutcome;
import dk.sammen.events.plans.GoalArea;
import dk.sammen.events.plans.GoalSetV1;
import dk.sammen.events.plans.MeetingHeldV1;
import dk.sammen.events.plans.ProgressionDimension;
import dk.sammen.events.plans.ProgressionMeasuredV1;
import dk.sammen.events.plans.TovholderAssignedV1;
import dk.sammen.events.plans.TrialActionEvaluatedV1;
import dk.sammen.events.plans.TrialActionProposedV1;
import dk.sammen.events.plans.TrialResult;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What a course looked like after its events, folded as analytics' as-of and replay views fold them. */
class CourseFoldTest {

    private final UUID courseId = UUID.randomUUID();
    private final UUID citizenId = UUID.randomUUID();
    private final Instant t0 = Instant.parse("2024-02-01T09:00:00Z");
    private final CourseFold fold = new CourseFold(courseId);

    private void apply(IntegrationEvent... events) {
        for (IntegrationEvent event : events) {
            fold.apply(new TimelineEntry(UUID.randomUUID().toString(), EventContracts.typeOf(event.getClass()), "/sammen/plans",
                    courseId.toString(), courseId, citizenId, t0, EventCodec.tree(EventCodec.encode(event))));
        }
    }

    @Test
    void aCourseIsFoldedIntoItsStageTovholderOffersMeetingsAgreementsGoalsProgressionAndCost() {
        UUID mentor = UUID.randomUUID();
        UUID club = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        UUID broken = UUID.randomUUID();
        UUID open = UUID.randomUUID();
        UUID goal = UUID.randomUUID();
        UUID trial = UUID.randomUUID();
        apply(new CourseOpenedV1(courseId, citizenId, CourseOfferReason.HIGH_SCHOOL_ABSENCE, t0),
                new TovholderAssignedV1(courseId, UUID.randomUUID(), Centre.C_BUR, null, t0),
                new CourseActivatedV1(courseId, citizenId, t0.plusSeconds(60)),
                new CourseOfferStartedV1(courseId, mentor, 1, Centre.C_ARB, Set.of(NeedCategory.EMPLOYMENT), LocalDate.of(2024, 2, 5), t0),
                new CourseOfferStartedV1(courseId, club, 1, Centre.C_SIK, Set.of(NeedCategory.SOCIAL_NETWORK), LocalDate.of(2024, 2, 5), t0),
                new CourseOfferEndedV1(courseId, club, LocalDate.of(2024, 4, 1), t0),
                new MeetingHeldV1(courseId, UUID.randomUUID(), List.of(), List.of(), 1, 3, t0.plusSeconds(3600)),
                new MeetingHeldV1(courseId, UUID.randomUUID(), List.of(), List.of(), 1, 0, t0.plusSeconds(7200)),
                agreement(kept), agreement(broken), agreement(open),
                new AgreementFollowedUpV1(courseId, kept, true, t0),
                new AgreementFollowedUpV1(courseId, broken, false, t0),
                // A redelivered follow-up counts once.
                new AgreementFollowedUpV1(courseId, kept, true, t0),
                new GoalSetV1(courseId, goal, GoalArea.EDUCATION, 1, citizenId, LocalDate.of(2024, 8, 1), t0),
                new GoalSetV1(courseId, goal, GoalArea.EDUCATION, 2, citizenId, LocalDate.of(2024, 9, 1), t0),
                measured(ProgressionDimension.ATTENDANCE, 60), measured(ProgressionDimension.ATTENDANCE, 85),
                new TrialActionProposedV1(courseId, trial, 300_000, 1_000_000L, t0),
                new TrialActionEvaluatedV1(courseId, trial, TrialResult.SUCCEEDED, 800_000, t0));

        CourseState state = fold.state(t0.plusSeconds(86_400));
        assertThat(state.stage()).isEqualTo(CourseState.Stage.ACTIVE);
        assertThat(state.citizenId()).isEqualTo(citizenId);
        assertThat(state.tovholderCentre()).isEqualTo(Centre.C_BUR);
        assertThat(state.offersRunning()).containsExactly(mentor);
        assertThat(state.meetingsHeld()).isEqualTo(2);
        assertThat(state.lastMeetingAt()).isEqualTo(t0.plusSeconds(7200));
        assertThat(state.agreementsOpen()).isEqualTo(1);
        assertThat(state.agreementsFulfilled()).isEqualTo(1);
        assertThat(state.agreementsNotFulfilled()).isEqualTo(1);
        assertThat(state.goalsSet()).as("a revised goal is still one goal").isEqualTo(1);
        assertThat(state.latestProgression()).containsEntry(ProgressionDimension.ATTENDANCE, 85.0);
        assertThat(state.costPerYear()).as("the evaluated cost replaces the cost before").isEqualTo(800_000L);
        assertThat(state.eventsApplied()).isEqualTo(20);

        apply(new CourseClosedV1(courseId, citizenId, CourseOutcome.STARTED_YOUTH_EDUCATION, t0.plusSeconds(100_000)));
        CourseState closed = fold.state(t0.plusSeconds(200_000));
        assertThat(closed.stage()).isEqualTo(CourseState.Stage.CLOSED);
        assertThat(closed.outcome()).isEqualTo(CourseOutcome.STARTED_YOUTH_EDUCATION);
        assertThat(closed.offersRunning()).as("nothing runs in a closed course").isEmpty();
    }

    @Test
    void theCostBeforeATrialIsTheCourseCostUntilTheTrialIsEvaluated() {
        apply(new CourseOpenedV1(courseId, citizenId, CourseOfferReason.CITIZEN_WISH, t0),
                new TrialActionProposedV1(courseId, UUID.randomUUID(), 300_000, 1_000_000L, t0),
                new TrialActionProposedV1(courseId, UUID.randomUUID(), 50_000, 20_000L, t0));
        assertThat(fold.state(t0).costPerYear()).as("the first cost known").isEqualTo(1_000_000L);
        assertThat(fold.state(t0).stage()).isEqualTo(CourseState.Stage.OFFERED);
    }

    private AgreementMadeV1 agreement(UUID agreementId) {
        return new AgreementMadeV1(courseId, agreementId, UUID.randomUUID(), AgreementParty.YOUNG_PERSON, citizenId,
                LocalDate.of(2024, 3, 1), t0);
    }

    private ProgressionMeasuredV1 measured(ProgressionDimension dimension, double value) {
        return new ProgressionMeasuredV1(courseId, UUID.randomUUID(), dimension, 0, 100, value, UUID.randomUUID(),
                LocalDate.of(2024, 3, 1), t0);
    }
}
