package dk.sammen.analytics.followup;

import dk.sammen.analytics.projection.PollWrites;
import dk.sammen.analytics.projection.Projection;
import dk.sammen.analytics.projection.ProjectionSchema;
import dk.sammen.analytics.projection.TimelineEntry;
import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.plans.AgreementFollowedUpV1;
import dk.sammen.events.plans.AgreementMadeV1;
import dk.sammen.events.plans.MeetingHeldV1;
import dk.sammen.events.plans.ProgressionMeasuredV1;
import dk.sammen.events.plans.TrialActionDecidedV1;
import dk.sammen.events.plans.TrialActionEvaluatedV1;
import dk.sammen.events.plans.TrialActionProposedV1;
import dk.sammen.events.referrals.DeadlineMissedV1;
import dk.sammen.events.referrals.IdentityResolvedV1;
import dk.sammen.events.referrals.UnderretningAssessedV1;
import dk.sammen.events.referrals.UnderretningImportedV1;
import dk.sammen.events.referrals.UnderretningReceivedV1;
import dk.sammen.platform.domain.Denmark;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;

/**
 * The facts the follow-up indicators count: meetings, binding agreements and how they were
 * followed up, progression on each dimension, how fast notifications were assessed and which
 * deadlines were missed (and whom they are about, once known), and what trial actions cost.
 */
@Component
class FollowUpProjection implements Projection {

    private static final List<String> AGREEMENT_FACTS = List.of("course_id", "made_on", "followed_up_on", "fulfilled");
    private static final List<String> UNDERRETNING_FACTS = List.of("received_at", "citizen_id", "assessed_at", "late", "imported");
    private static final List<String> TRIAL_FACTS = List.of("course_id", "proposed_on", "cost_before", "expected_cost", "approved",
            "evaluated_on", "actual_cost");

    @Override
    public List<String> tables() {
        return List.of("meeting_fact", "agreement_fact", "progression_fact", "underretning_fact", "deadline_breach", "trial_fact");
    }

    @Override
    public void apply(IntegrationEvent event, TimelineEntry entry, ProjectionSchema schema, PollWrites writes) {
        switch (event) {
            case MeetingHeldV1 e -> writes.write("meeting_fact", e.meetingId(), "INSERT INTO " + schema.table("meeting_fact")
                    + " (meeting_id, course_id, held_on) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", e.meetingId(), e.courseId(), Denmark.dayOf(e.heldAt()));
            case AgreementMadeV1 e -> writes.merge(schema.table("agreement_fact"), "agreement_id", e.agreementId(), AGREEMENT_FACTS,
                    "course_id", e.courseId(), "made_on", Denmark.dayOf(e.madeAt()));
            case AgreementFollowedUpV1 e -> writes.merge(schema.table("agreement_fact"), "agreement_id", e.agreementId(), AGREEMENT_FACTS,
                    "course_id", e.courseId(), "followed_up_on", Denmark.dayOf(e.followedUpAt()), "fulfilled", e.fulfilled());
            case ProgressionMeasuredV1 e when e.scaleMax() > e.scaleMin() -> writes.write("progression_fact", e.measurementId(), "INSERT INTO "
                            + schema.table("progression_fact")
                            + " (measurement_id, course_id, dimension, measured_on, score) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    e.measurementId(), e.courseId(), e.dimension().name(), e.measuredOn(), (e.value() - e.scaleMin()) / (e.scaleMax() - e.scaleMin()));
            // Whom it is about may come with it, or later once intake knows (from then on it counts for the centres holding their courses).
            case UnderretningReceivedV1 e -> writes.merge(schema.table("underretning_fact"), "underretning_id", e.underretningId(),
                    UNDERRETNING_FACTS, "received_at", Timestamp.from(e.receivedAt()), "citizen_id", e.citizenId());
            case UnderretningImportedV1 e -> writes.merge(schema.table("underretning_fact"), "underretning_id", e.underretningId(),
                    UNDERRETNING_FACTS, "received_at", Timestamp.from(e.receivedAt()), "citizen_id", e.citizenId(), "imported", true);
            case IdentityResolvedV1 e -> writes.merge(schema.table("underretning_fact"), "underretning_id", e.underretningId(),
                    UNDERRETNING_FACTS, "citizen_id", e.citizenId());
            case UnderretningAssessedV1 e -> writes.merge(schema.table("underretning_fact"), "underretning_id", e.underretningId(),
                    UNDERRETNING_FACTS, "assessed_at", Timestamp.from(e.assessedAt()), "late", e.late());
            case DeadlineMissedV1 e -> writes.write("deadline_breach", List.of(e.underretningId(), e.deadline()), "INSERT INTO "
                    + schema.table("deadline_breach") + " (underretning_id, deadline, due_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    e.underretningId(), e.deadline().name(), Timestamp.from(e.dueAt()));
            case TrialActionProposedV1 e -> writes.merge(schema.table("trial_fact"), "trial_id", e.trialId(), TRIAL_FACTS,
                    "course_id", e.courseId(), "proposed_on", Denmark.dayOf(e.proposedAt()), "cost_before", e.costBeforePerYear(),
                    "expected_cost", e.expectedCostPerYear());
            case TrialActionDecidedV1 e -> writes.merge(schema.table("trial_fact"), "trial_id", e.trialId(), TRIAL_FACTS,
                    "course_id", e.courseId(), "approved", e.approved());
            case TrialActionEvaluatedV1 e -> writes.merge(schema.table("trial_fact"), "trial_id", e.trialId(), TRIAL_FACTS,
                    "course_id", e.courseId(), "evaluated_on", Denmark.dayOf(e.evaluatedAt()), "actual_cost", e.actualCostPerYear());
            default -> {
                // Not a fact the indicators count.
            }
        }
    }
}
