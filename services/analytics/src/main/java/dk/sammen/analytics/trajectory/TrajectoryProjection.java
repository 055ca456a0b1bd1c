package dk.sammen.analytics.trajectory;

import dk.sammen.analytics.projection.PollWrites;
import dk.sammen.analytics.projection.Projection;
import dk.sammen.analytics.projection.ProjectionSchema;
import dk.sammen.analytics.projection.TimelineEntry;
import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.offers.OfferPublishedV1;
import dk.sammen.events.offers.OfferPublishedV2;
import dk.sammen.events.plans.CitizenRegisteredV1;
import dk.sammen.events.plans.CourseActivatedV1;
import dk.sammen.events.plans.CourseClosedV1;
import dk.sammen.events.plans.CourseOfferEndedV1;
import dk.sammen.events.plans.CourseOfferStartedV1;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.events.plans.TargetGroupChangedV1;
import dk.sammen.events.plans.TovholderAssignedV1;
import dk.sammen.events.referrals.EducationStatus;
import dk.sammen.events.referrals.EducationStatusReportedV1;
import dk.sammen.events.referrals.MovedOutOfMunicipalityV1;
import dk.sammen.events.referrals.OccupationReportedV1;
import dk.sammen.events.referrals.SchoolAbsenceReportedV1;
import dk.sammen.events.referrals.YoungResidentKnownV1;
import dk.sammen.platform.domain.Denmark;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * The facts trajectories are made of: young people (birth month, target group; and the
 * municipality's young people as its registers report them, course or no course), courses (start,
 * end, outcome, centre of first contact), what the youth database and the CPR register report
 * about each young person's occupation, and the offers each course used.
 *
 * <p>The youth database is the source of the states; a course's outcome is not, because the
 * course closes after the change it records, and the states must not count it twice.
 */
@Component
class TrajectoryProjection implements Projection {

    private static final List<String> COURSE_FACTS = List.of("citizen_id", "opened_on", "activated_on", "closed_on", "outcome",
            "first_centre", "centre");

    @Override
    public List<String> tables() {
        return List.of("citizen_profile", "resident_profile", "course_fact", "occupation_change", "offer_period", "offer_catalogue");
    }

    @Override
    public void apply(IntegrationEvent event, TimelineEntry entry, ProjectionSchema schema, PollWrites writes) {
        switch (event) {
            case CitizenRegisteredV1 e -> writes.write("citizen_profile", e.citizenId(), "INSERT INTO " + schema.table("citizen_profile")
                            + " (citizen_id, birth_month, target_group, registered_on) VALUES (?, ?, ?, ?) ON CONFLICT (citizen_id) DO NOTHING",
                    e.citizenId(), YearMonth.parse(e.birthMonth()).atDay(1), e.targetGroup().name(), Denmark.dayOf(e.registeredAt()));
            // The population of the 2030 targets: everyone the registers report living here, course or no course.
            case YoungResidentKnownV1 e -> writes.write("resident_profile", e.citizenId(), "INSERT INTO " + schema.table("resident_profile")
                            + " (citizen_id, birth_month, known_on) VALUES (?, ?, ?) ON CONFLICT (citizen_id) DO NOTHING",
                    e.citizenId(), YearMonth.parse(e.birthMonth()).atDay(1), e.knownOn());
            // The category follows the situation: the figures count the young person in the one they are in now.
            case TargetGroupChangedV1 e -> writes.write("citizen_profile", e.citizenId(), "UPDATE " + schema.table("citizen_profile")
                    + " SET target_group = ? WHERE citizen_id = ?", e.targetGroup().name(), e.citizenId());
            case CourseOpenedV1 e -> course(schema, writes, e.courseId(), "citizen_id", e.citizenId(), "opened_on", Denmark.dayOf(e.openedAt()));
            case CourseActivatedV1 e ->
                    course(schema, writes, e.courseId(), "citizen_id", e.citizenId(), "activated_on", Denmark.dayOf(e.activatedAt()));
            case CourseClosedV1 e -> course(schema, writes, e.courseId(), "citizen_id", e.citizenId(), "closed_on", Denmark.dayOf(e.closedAt()), "outcome", e.outcome().name());
            case TovholderAssignedV1 e when e.previousTovholderId() == null ->
                    course(schema, writes, e.courseId(), "first_centre", e.centre().name(), "centre", e.centre().name());
            // A handover moves the course to the new tovholder's centre: its leader sees it in their figures from now on.
            case TovholderAssignedV1 e -> course(schema, writes, e.courseId(), "centre", e.centre().name());
            case CourseOfferStartedV1 e -> writes.write("offer_period", List.of(e.courseId(), e.offerId()), "INSERT INTO "
                    + schema.table("offer_period") + " (course_id, offer_id, started_on) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    e.courseId(), e.offerId(), e.startedOn());
            case CourseOfferEndedV1 e -> writes.write("offer_period", List.of(e.courseId(), e.offerId()), "UPDATE "
                    + schema.table("offer_period") + " SET ended_on = ? WHERE course_id = ? AND offer_id = ? AND ended_on IS NULL",
                    e.endedOn(), e.courseId(), e.offerId());
            case OfferPublishedV2 e -> offer(schema, writes, e.offerId(), e.revision(), e.name(), e.owningCentre().name(), e.kind().name());
            case OfferPublishedV1 e -> offer(schema, writes, e.offerId(), e.revision(), e.name(), e.owningCentre().name(), e.kind().name());
            case OccupationReportedV1 e -> state(schema, writes, entry, e.citizenId(), e.reportedOn(), e.recordedAt(),
                    TrajectoryState.valueOf(e.occupation().name()), e.track() == null ? null : e.track().name(), e.completedYouthEducation());
            case EducationStatusReportedV1 e -> state(schema, writes, entry, e.citizenId(), e.reportedOn(), e.recordedAt(), switch (e.status()) {
                case ENROLLED, AT_RISK_OF_DROPPING_OUT -> TrajectoryState.YOUTH_EDUCATION;
                case COMPLETED -> TrajectoryState.COMPLETED_YOUTH_EDUCATION;
                case DROPPED_OUT -> TrajectoryState.NEITHER_EDUCATION_NOR_JOB;
            }, null, e.status() == EducationStatus.COMPLETED);
            case SchoolAbsenceReportedV1 e -> state(schema, writes, entry, e.citizenId(), e.periodEnd(), e.recordedAt(),
                    TrajectoryState.GRADE_SCHOOL, null, false);
            case MovedOutOfMunicipalityV1 e -> state(schema, writes, entry, e.citizenId(), e.movedOutOn(), e.recordedAt(),
                    TrajectoryState.MOVED_AWAY, null, false);
            default -> {
                // Not a fact of trajectories.
            }
        }
    }

    /** Sets what the event says of a course's row (and no more), creating it if this is the first event seen. */
    private static void course(ProjectionSchema schema, PollWrites writes, UUID courseId, Object... columnsAndValues) {
        writes.merge(schema.table("course_fact"), "course_id", courseId, COURSE_FACTS, columnsAndValues);
    }

    private static void offer(ProjectionSchema schema, PollWrites writes, UUID offerId, int revision, String name, String centre,
                              String kind) {
        writes.write("offer_catalogue", offerId, "INSERT INTO " + schema.table("offer_catalogue")
                        + " (offer_id, revision, name, centre, kind) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (offer_id) DO UPDATE SET revision = EXCLUDED.revision, name = EXCLUDED.name, centre = EXCLUDED.centre,"
                        + " kind = EXCLUDED.kind WHERE " + schema.table("offer_catalogue") + ".revision <= EXCLUDED.revision",
                offerId, revision, name, centre, kind);
    }

    private static void state(ProjectionSchema schema, PollWrites writes, TimelineEntry entry, UUID citizenId, LocalDate on,
                              Instant recordedAt, TrajectoryState state, @Nullable String track, boolean completed) {
        writes.write("occupation_change", entry.eventId(), "INSERT INTO " + schema.table("occupation_change")
                        + " (event_id, citizen_id, changed_on, recorded_at, state, track, completed_youth_education) VALUES (?, ?, ?, ?, ?, ?, ?)",
                entry.eventId(), citizenId, on, Timestamp.from(recordedAt), state.name(), track, completed);
    }
}
