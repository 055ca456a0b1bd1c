package dk.sammen.analytics.followup;

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
import dk.sammen.events.referrals.UnderretningReceivedV1;
import dk.sammen.platform.domain.Denmark;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate jdbc;

    FollowUpProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("meeting_fact", "agreement_fact", "progression_fact", "underretning_fact", "deadline_breach", "trial_fact");
    }

    @Override
    public void apply(IntegrationEvent event, TimelineEntry entry, ProjectionSchema schema) {
        switch (event) {
            case MeetingHeldV1 e -> jdbc.update("INSERT INTO " + schema.table("meeting_fact")
                    + " (meeting_id, course_id, held_on) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", e.meetingId(), e.courseId(), Denmark.dayOf(e.heldAt()));
            case AgreementMadeV1 e -> jdbc.update("INSERT INTO " + schema.table("agreement_fact")
                    + " (agreement_id, course_id, made_on) VALUES (?, ?, ?)"
                    + " ON CONFLICT (agreement_id) DO UPDATE SET made_on = EXCLUDED.made_on", e.agreementId(), e.courseId(), Denmark.dayOf(e.madeAt()));
            case AgreementFollowedUpV1 e -> jdbc.update("INSERT INTO " + schema.table("agreement_fact")
                            + " (agreement_id, course_id, followed_up_on, fulfilled) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (agreement_id) DO UPDATE SET followed_up_on = EXCLUDED.followed_up_on, fulfilled = EXCLUDED.fulfilled",
                    e.agreementId(), e.courseId(), Denmark.dayOf(e.followedUpAt()), e.fulfilled());
            case ProgressionMeasuredV1 e when e.scaleMax() > e.scaleMin() -> jdbc.update("INSERT INTO " + schema.table("progression_fact")
                            + " (measurement_id, course_id, dimension, measured_on, score) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    e.measurementId(), e.courseId(), e.dimension().name(), e.measuredOn(), (e.value() - e.scaleMin()) / (e.scaleMax() - e.scaleMin()));
            case UnderretningReceivedV1 e -> jdbc.update("INSERT INTO " + schema.table("underretning_fact")
                            + " (underretning_id, received_at, citizen_id) VALUES (?, ?, ?) ON CONFLICT (underretning_id) DO UPDATE"
                            + " SET received_at = EXCLUDED.received_at, citizen_id = coalesce(EXCLUDED.citizen_id, "
                            + schema.table("underretning_fact") + ".citizen_id)",
                    e.underretningId(), Timestamp.from(e.receivedAt()), e.citizenId());
            // Whom it is about, once intake knows (from then on it counts for the centres holding their courses).
            case IdentityResolvedV1 e -> jdbc.update("INSERT INTO " + schema.table("underretning_fact")
                    + " (underretning_id, citizen_id) VALUES (?, ?) ON CONFLICT (underretning_id) DO UPDATE SET citizen_id = EXCLUDED.citizen_id",
                    e.underretningId(), e.citizenId());
            case UnderretningAssessedV1 e -> jdbc.update("INSERT INTO " + schema.table("underretning_fact")
                            + " (underretning_id, assessed_at, late) VALUES (?, ?, ?)"
                            + " ON CONFLICT (underretning_id) DO UPDATE SET assessed_at = EXCLUDED.assessed_at, late = EXCLUDED.late",
                    e.underretningId(), Timestamp.from(e.assessedAt()), e.late());
            case DeadlineMissedV1 e -> jdbc.update("INSERT INTO " + schema.table("deadline_breach")
                    + " (underretning_id, deadline, due_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", e.underretningId(), e.deadline().name(),
                    Timestamp.from(e.dueAt()));
            case TrialActionProposedV1 e -> jdbc.update("INSERT INTO " + schema.table("trial_fact")
                            + " (trial_id, course_id, proposed_on, cost_before, expected_cost) VALUES (?, ?, ?, ?, ?)"
                            + " ON CONFLICT (trial_id) DO UPDATE SET proposed_on = EXCLUDED.proposed_on, cost_before = EXCLUDED.cost_before,"
                            + " expected_cost = EXCLUDED.expected_cost",
                    e.trialId(), e.courseId(), Denmark.dayOf(e.proposedAt()), e.costBeforePerYear(), e.expectedCostPerYear());
            case TrialActionDecidedV1 e -> jdbc.update("INSERT INTO " + schema.table("trial_fact")
                    + " (trial_id, course_id, approved) VALUES (?, ?, ?) ON CONFLICT (trial_id) DO UPDATE SET approved = EXCLUDED.approved",
                    e.trialId(), e.courseId(), e.approved());
            case TrialActionEvaluatedV1 e -> jdbc.update("INSERT INTO " + schema.table("trial_fact")
                            + " (trial_id, course_id, evaluated_on, actual_cost) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (trial_id) DO UPDATE SET evaluated_on = EXCLUDED.evaluated_on, actual_cost = EXCLUDED.actual_cost",
                    e.trialId(), e.courseId(), Denmark.dayOf(e.evaluatedAt()), e.actualCostPerYear());
            default -> {
                // Not a fact the indicators count.
            }
        }
    }
}
