package dk.sammen.analytics.timeline;

import dk.sammen.analytics.projection.TimelineEntry;
import dk.sammen.events.Centre;
import dk.sammen.events.EventCodec;
import dk.sammen.events.EventContracts;
import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.plans.AgreementFollowedUpV1;
import dk.sammen.events.plans.AgreementMadeV1;
import dk.sammen.events.plans.CourseActivatedV1;
import dk.sammen.events.plans.CourseClosedV1;
import dk.sammen.events.plans.CourseOfferEndedV1;
import dk.sammen.events.plans.CourseOfferStartedV1;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.events.plans.CourseOutcome;
import dk.sammen.events.plans.GoalSetV1;
import dk.sammen.events.plans.MeetingHeldV1;
import dk.sammen.events.plans.ProgressionDimension;
import dk.sammen.events.plans.ProgressionMeasuredV1;
import dk.sammen.events.plans.TovholderAssignedV1;
import dk.sammen.events.plans.TrialActionEvaluatedV1;
import dk.sammen.events.plans.TrialActionProposedV1;
import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Folds a course's events, oldest first, into what the course looked like after the last of them. */
final class CourseFold {

    private final UUID courseId;
    private @Nullable UUID citizenId;
    private CourseState.@Nullable Stage stage;
    private @Nullable CourseOutcome outcome;
    private @Nullable UUID tovholderId;
    private @Nullable Centre tovholderCentre;
    private @Nullable Instant openedAt;
    private @Nullable Instant activatedAt;
    private @Nullable Instant closedAt;
    private final Set<UUID> offersRunning = new LinkedHashSet<>();
    private int meetingsHeld;
    private @Nullable Instant lastMeetingAt;
    private final Set<UUID> agreementsOpen = new HashSet<>();
    private int fulfilled;
    private int notFulfilled;
    private int goalsSet;
    private final Map<ProgressionDimension, Double> progression = new EnumMap<>(ProgressionDimension.class);
    private @Nullable Long costPerYear;
    private int applied;

    CourseFold(UUID courseId) {
        this.courseId = courseId;
    }

    void apply(TimelineEntry entry) {
        applied++;
        IntegrationEvent event = decode(entry);
        switch (event) {
            case CourseOpenedV1 e -> {
                citizenId = e.citizenId();
                stage = CourseState.Stage.OFFERED;
                openedAt = e.openedAt();
            }
            case CourseActivatedV1 e -> {
                stage = CourseState.Stage.ACTIVE;
                activatedAt = e.activatedAt();
            }
            case CourseClosedV1 e -> {
                stage = CourseState.Stage.CLOSED;
                outcome = e.outcome();
                closedAt = e.closedAt();
                offersRunning.clear();
            }
            case TovholderAssignedV1 e -> {
                tovholderId = e.tovholderId();
                tovholderCentre = e.centre();
            }
            case CourseOfferStartedV1 e -> offersRunning.add(e.offerId());
            case CourseOfferEndedV1 e -> offersRunning.remove(e.offerId());
            case MeetingHeldV1 e -> {
                meetingsHeld++;
                lastMeetingAt = e.heldAt();
            }
            case AgreementMadeV1 e -> agreementsOpen.add(e.agreementId());
            case AgreementFollowedUpV1 e -> {
                if (agreementsOpen.remove(e.agreementId())) {
                    if (e.fulfilled()) {
                        fulfilled++;
                    } else {
                        notFulfilled++;
                    }
                }
            }
            case GoalSetV1 e -> {
                if (e.revision() == 1) {
                    goalsSet++;
                }
            }
            case ProgressionMeasuredV1 e -> progression.put(e.dimension(), e.value());
            case TrialActionProposedV1 e -> {
                if (costPerYear == null && e.costBeforePerYear() != null) {
                    costPerYear = e.costBeforePerYear();
                }
            }
            case TrialActionEvaluatedV1 e -> costPerYear = e.actualCostPerYear();
            case null, default -> {
                // Other events do not change what this view shows.
            }
        }
    }

    CourseState state(Instant asOf) {
        return new CourseState(courseId, citizenId, asOf, stage, outcome, tovholderId, tovholderCentre, openedAt, activatedAt, closedAt,
                Set.copyOf(offersRunning), meetingsHeld, lastMeetingAt, agreementsOpen.size(), fulfilled, notFulfilled, goalsSet,
                Map.copyOf(progression), costPerYear, applied);
    }

    private static @Nullable IntegrationEvent decode(TimelineEntry entry) {
        return EventContracts.classOf(entry.eventType())
                .map(contract -> (IntegrationEvent) EventCodec.decode(entry.data().toString().getBytes(StandardCharsets.UTF_8), contract))
                .orElse(null);
    }
}
