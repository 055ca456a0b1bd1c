package dk.sammen.plans.oneplan;

import dk.sammen.plans.citizen.CitizenErased;
import dk.sammen.plans.course.CourseOpened;
import dk.sammen.plans.kernel.CourseEvent;
import dk.sammen.platform.domain.Denmark;
import dk.sammen.platform.readmodel.JsonColumns;
import dk.sammen.platform.readmodel.PagedQuery;
import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the one-plan view of every course from the event store, by its own streaming processor,
 * so it can be rebuilt by replaying the store. Reads of courses come from here, never from the aggregate.
 */
@Component
@ProcessingGroup("one-plan")
public class OnePlanProjection {

    private static final String BATCH_DOCUMENTS = OnePlanProjection.class.getName() + ".batch";

    private final JdbcClient jdbc;
    private final JsonColumns json;
    private final Clock clock;

    OnePlanProjection(JdbcClient jdbc, JsonColumns json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @EventHandler
    void on(CourseOpened event, @SequenceNumber long sequence) {
        OnePlan plan = OnePlan.opened(event);
        plan.version = sequence;
        jdbc.sql("""
                        INSERT INTO course_plan (course_id, citizen_id, status, opened_at, version, document)
                        VALUES (?, ?, ?, ?, ?, CAST(? AS JSONB)) ON CONFLICT (course_id) DO NOTHING""")
                .params(plan.courseId, plan.citizenId, plan.status().name(), Timestamp.from(plan.lifecycle.openedAt()), sequence, json.write(plan))
                .update();
    }

    /**
     * Events of one batch are applied to the documents in memory, and each changed document is
     * written once when the batch commits: a burst of events for one course costs one write, not one each.
     */
    @EventHandler
    void on(CourseEvent event, @SequenceNumber long sequence) {
        Map<UUID, OnePlan> batch = documentsOfThisBatch();
        OnePlan plan = batch.computeIfAbsent(event.courseId(), id -> load(id).orElse(null));
        if (plan == null) {
            if (erased(event.courseId())) {
                return; // what an erased course still had coming changes no view
            }
            throw new IllegalStateException("Course " + event.courseId() + " has events before it was opened");
        }
        if (sequence <= plan.version) {
            return; // already applied: a replayed batch
        }
        plan.apply(event, sequence);
    }

    private Map<UUID, OnePlan> documentsOfThisBatch() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(BATCH_DOCUMENTS, key -> {
            Map<UUID, OnePlan> documents = new LinkedHashMap<>();
            batch.onPrepareCommit(uow -> documents.values().forEach(this::save));
            return documents;
        });
    }

    private void save(OnePlan plan) {
        jdbc.sql("""
                        UPDATE course_plan SET status = ?, tovholder_id = ?, member_ids = ?, version = ?, document = CAST(? AS JSONB)
                        WHERE course_id = ? AND version < ?""")
                .params(plan.status().name(), plan.tovholderId(), plan.memberIds().toArray(UUID[]::new), plan.version, json.write(plan),
                        plan.courseId, plan.version)
                .update();
    }

    /**
     * An erased young person's courses leave the view (and leave it again if it is rebuilt);
     * they are remembered as erased, so an event still on its way to one of them is let go.
     */
    @EventHandler
    void on(CitizenErased event) {
        UUID[] courses = event.courseIds().toArray(UUID[]::new);
        jdbc.sql("DELETE FROM course_plan WHERE course_id = ANY(?)").param(courses).update();
        jdbc.sql("INSERT INTO erased_course (course_id) SELECT unnest(?::uuid[]) ON CONFLICT DO NOTHING").param(courses).update();
        documentsOfThisBatch().keySet().removeAll(event.courseIds());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM course_plan").update();
        jdbc.sql("DELETE FROM erased_course").update();
    }

    private boolean erased(UUID courseId) {
        return jdbc.sql("SELECT count(*) FROM erased_course WHERE course_id = ?").param(courseId).query(Long.class).single() > 0;
    }

    /** The course as it stands, with what needs attention now. */
    public Optional<OnePlan> find(UUID courseId) {
        return load(courseId).map(this::withAttention);
    }

    /** @param visible the courses the caller may see */
    public PageResponse<OnePlan> list(UUID citizenId, PagedQuery.Condition visible, PageQuery page) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("citizen_id", citizenId);
        return PagedQuery.page(jdbc, "course_plan", filters, visible, "opened_at DESC, course_id", row(), page);
    }

    /**
     * Courses where the person is the tovholder or on the team, still open.
     *
     * @param visible the courses the caller may see (a member whose centre the consent no longer covers sees none)
     */
    public List<OnePlan> ofMember(UUID personId, PagedQuery.Condition visible) {
        return jdbc.sql("SELECT document FROM course_plan WHERE :member = ANY(member_ids) AND status <> 'CLOSED' AND ("
                        + visible.sql() + ") ORDER BY opened_at, course_id")
                .param("member", personId).params(visible.params()).query(row()).list();
    }

    /** The young person's courses not yet closed, oldest first. */
    List<OnePlan> openCoursesOf(UUID citizenId) {
        return jdbc.sql("SELECT document FROM course_plan WHERE citizen_id = ? AND status <> 'CLOSED' ORDER BY opened_at, course_id")
                .param(citizenId).query((rs, n) -> json.read(rs.getString("document"), OnePlan.class)).list();
    }

    public List<OnePlan> ofCitizens(Collection<UUID> citizenIds) {
        return jdbc.sql("SELECT document FROM course_plan WHERE citizen_id = ANY(?) ORDER BY opened_at, course_id")
                .param(citizenIds.toArray(UUID[]::new)).query(row()).list();
    }

    private Optional<OnePlan> load(UUID courseId) {
        return jdbc.sql("SELECT document FROM course_plan WHERE course_id = ?").param(courseId)
                .query((rs, n) -> json.read(rs.getString("document"), OnePlan.class)).optional();
    }

    private RowMapper<OnePlan> row() {
        return (rs, n) -> withAttention(json.read(rs.getString("document"), OnePlan.class));
    }

    private OnePlan withAttention(OnePlan plan) {
        return plan.withAttention(Attentions.of(plan, clock.instant(), Denmark.ZONE));
    }


}
