package dk.sammen.referrals.underretning;

import dk.sammen.events.referrals.ConcernCategory;
import dk.sammen.events.referrals.IntakeChannel;
import dk.sammen.events.referrals.LegalDeadline;
import dk.sammen.events.referrals.ReporterKind;
import dk.sammen.events.referrals.UnderretningDecision;
import dk.sammen.platform.readmodel.PagedQuery;
import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import dk.sammen.referrals.erasure.ErasedCitizens;
import dk.sammen.referrals.underretning.UnderretningEvents.AssessmentRecorded;
import dk.sammen.referrals.underretning.UnderretningEvents.DeadlineMissed;
import dk.sammen.referrals.underretning.UnderretningEvents.DocumentAttached;
import dk.sammen.referrals.underretning.UnderretningEvents.FeedbackGiven;
import dk.sammen.referrals.underretning.UnderretningEvents.IdentityResolved;
import dk.sammen.referrals.underretning.UnderretningEvents.NoteWritten;
import dk.sammen.referrals.underretning.UnderretningEvents.ReceiptSent;
import dk.sammen.referrals.underretning.UnderretningEvents.UnderretningDecided;
import dk.sammen.referrals.underretning.UnderretningEvents.UnderretningReceived;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The underretninger read model with their deadline clocks, and the breaches; rebuildable by replay. */
@Component
@ProcessingGroup("underretning-view")
public class UnderretningProjection {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MeterRegistry meters;
    private final ErasedCitizens erased;

    UnderretningProjection(JdbcClient jdbc, Clock clock, MeterRegistry meters, ErasedCitizens erased) {
        this.jdbc = jdbc;
        this.erased = erased;
        this.clock = clock;
        this.meters = meters;
        // From zero for every deadline, so the alert's increase() sees the first breach too.
        for (LegalDeadline deadline : LegalDeadline.values()) {
            breaches(deadline);
        }
    }

    private Counter breaches(LegalDeadline deadline) {
        return meters.counter("sammen.referrals.deadline.breaches", "deadline", deadline.name());
    }

    /**
     * Received before its young person's erasure but seen only now (a replay, or the view was
     * behind when the erasure came): it is forgotten as the erasure would have, not shown.
     */
    @EventHandler
    void on(UnderretningReceived event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant storedAt) {
        if (erased.erasedSince(event.citizenId(), storedAt)) {
            erased.forgetUnderretning(event.underretningId());
            return;
        }
        if (erased.forgotten(event.underretningId())) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO underretning_view (underretning_id, citizen_id, reporter_kind, concerns, channel, received_at,
                            guardian_ids, assessment_due, receipt_due, handled_outside_system, version)
                        VALUES (?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (underretning_id) DO NOTHING""")
                .params(event.underretningId(), event.citizenId(), event.reporterKind().name(),
                        event.concerns().stream().map(Enum::name).collect(Collectors.joining(",", "{", "}")),
                        event.channel().name(), Timestamp.from(event.receivedAt()),
                        event.guardianIds() == null ? new UUID[0] : event.guardianIds().toArray(UUID[]::new),
                        timestamp(event.assessmentDue()), timestamp(event.receiptDue()), event.handledOutsideSystem(), version)
                .update();
        link(event.citizenId(), event.guardianIds());
    }

    private void link(@Nullable UUID citizenId, @Nullable Collection<UUID> guardianIds) {
        if (citizenId == null || guardianIds == null) {
            return;
        }
        guardianIds.forEach(guardianId -> jdbc.sql("INSERT INTO household_link (guardian_id, citizen_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(guardianId, citizenId).update());
    }

    @EventHandler
    void on(AssessmentRecorded event, @SequenceNumber long version) {
        update(event.underretningId(), version, "assessed_at = ?, child_in_danger = ?", Timestamp.from(event.assessedAt()), event.childInDanger());
    }

    @EventHandler
    void on(ReceiptSent event, @SequenceNumber long version) {
        update(event.underretningId(), version, "receipt_sent_at = ?", Timestamp.from(event.sentAt()));
    }

    @EventHandler
    void on(UnderretningDecided event, @SequenceNumber long version) {
        update(event.underretningId(), version, "decision = ?, decided_at = ?, course_id = ?", event.decision().name(),
                Timestamp.from(event.decidedAt()), event.courseId());
    }

    @EventHandler
    void on(FeedbackGiven event, @SequenceNumber long version) {
        update(event.underretningId(), version, "feedback_given_at = ?", Timestamp.from(event.givenAt()));
    }

    @EventHandler
    void on(IdentityResolved event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant storedAt) {
        if (erased.erasedSince(event.citizenId(), storedAt)) {
            erased.forgetUnderretning(event.underretningId());
            return;
        }
        update(event.underretningId(), version, "citizen_id = ?", event.citizenId());
        link(event.citizenId(), jdbc.sql("SELECT unnest(guardian_ids) FROM underretning_view WHERE underretning_id = ?")
                .param(event.underretningId()).query(UUID.class).list());
    }

    @EventHandler
    void on(DeadlineMissed event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant storedAt) {
        if (erased.erasedSince(event.citizenId(), storedAt)) {
            return;
        }
        int recorded = jdbc.sql("""
                        INSERT INTO deadline_breach (underretning_id, deadline, citizen_id, due_at, missed_at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(event.underretningId(), event.deadline().name(), event.citizenId(), Timestamp.from(event.dueAt()),
                        Timestamp.from(event.missedAt()))
                .update();
        if (recorded == 1) {
            breaches(event.deadline()).increment();
        }
        update(event.underretningId(), version, "");
    }

    /** A note or a document changes no field of the view, but its version: the next act's If-Match is the underretning's. */
    @EventHandler
    void on(NoteWritten event, @SequenceNumber long version) {
        update(event.underretningId(), version, "");
    }

    @EventHandler
    void on(DocumentAttached event, @SequenceNumber long version) {
        update(event.underretningId(), version, "");
    }

    private void update(UUID underretningId, long version, String assignments, Object... values) {
        Object[] params = Arrays.copyOf(values, values.length + 3);
        params[values.length] = version;
        params[values.length + 1] = underretningId;
        params[values.length + 2] = version;
        jdbc.sql("UPDATE underretning_view SET " + (assignments.isEmpty() ? "" : assignments + ", ")
                        + "version = ? WHERE underretning_id = ? AND version < ?")
                .params(params).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM underretning_view").update();
        jdbc.sql("DELETE FROM deadline_breach").update();
        jdbc.sql("DELETE FROM household_link").update();
    }

    public Optional<UnderretningView> find(UUID underretningId) {
        return jdbc.sql("SELECT * FROM underretning_view WHERE underretning_id = ?").param(underretningId).query(row()).optional();
    }

    PageResponse<UnderretningView> list(UUID citizenId, PageQuery page) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("citizen_id", citizenId);
        return PagedQuery.page(jdbc, "underretning_view", filters, "received_at DESC, underretning_id", row(), page);
    }

    /** Undecided underretninger, the nearest deadline first: the intake inbox. */
    List<UnderretningView> inbox() {
        return jdbc.sql("""
                        SELECT * FROM underretning_view WHERE decision IS NULL AND NOT handled_outside_system
                        ORDER BY LEAST(CASE WHEN assessed_at IS NULL THEN assessment_due END,
                                       CASE WHEN receipt_sent_at IS NULL THEN receipt_due END) NULLS LAST, received_at""")
                .query(row()).list();
    }

    /** Everything about the young people named, oldest first. */
    public List<UnderretningView> about(Collection<UUID> citizenIds) {
        return jdbc.sql("SELECT * FROM underretning_view WHERE citizen_id = ANY(?) ORDER BY received_at, underretning_id")
                .param(citizenIds.toArray(UUID[]::new)).query(row()).list();
    }

    /**
     * The household of a young person: everyone named in an underretning that shares a guardian
     * with one of theirs, the young person included (siblings, and the family as the reports saw it).
     */
    public List<UUID> household(UUID citizenId) {
        return jdbc.sql("""
                        SELECT DISTINCT sibling.citizen_id FROM household_link mine
                        JOIN household_link sibling ON sibling.guardian_id = mine.guardian_id
                        WHERE mine.citizen_id = ?
                        UNION SELECT CAST(? AS UUID)""")
                .params(citizenId, citizenId).query(UUID.class).list();
    }

    List<DeadlineBreach> breaches() {
        return jdbc.sql("SELECT * FROM deadline_breach ORDER BY missed_at DESC, underretning_id")
                .query((rs, n) -> new DeadlineBreach(rs.getObject("underretning_id", UUID.class), LegalDeadline.valueOf(rs.getString("deadline")),
                        rs.getObject("citizen_id", UUID.class), rs.getTimestamp("due_at").toInstant(), rs.getTimestamp("missed_at").toInstant()))
                .list();
    }

    public record DeadlineBreach(UUID underretningId, LegalDeadline deadline, UUID citizenId, Instant dueAt, Instant missedAt) {
    }

    private RowMapper<UnderretningView> row() {
        Instant now = clock.instant();
        return (rs, n) -> {
            Instant assessmentDue = instant(rs, "assessment_due");
            Instant assessedAt = instant(rs, "assessed_at");
            Instant receiptDue = instant(rs, "receipt_due");
            Instant receiptSentAt = instant(rs, "receipt_sent_at");
            String decision = rs.getString("decision");
            return new UnderretningView(
                    rs.getObject("underretning_id", UUID.class),
                    rs.getObject("citizen_id", UUID.class),
                    ReporterKind.valueOf(rs.getString("reporter_kind")),
                    Arrays.stream((String[]) rs.getArray("concerns").getArray()).map(ConcernCategory::valueOf)
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ConcernCategory.class))),
                    IntakeChannel.valueOf(rs.getString("channel")),
                    rs.getTimestamp("received_at").toInstant(),
                    assessmentDue, assessedAt, (Boolean) rs.getObject("child_in_danger"),
                    assessedAt == null && assessmentDue != null && now.isAfter(assessmentDue),
                    receiptDue, receiptSentAt, receiptSentAt == null && receiptDue != null && now.isAfter(receiptDue),
                    decision == null ? null : UnderretningDecision.valueOf(decision),
                    instant(rs, "decided_at"), rs.getObject("course_id", UUID.class), instant(rs, "feedback_given_at"),
                    rs.getBoolean("handled_outside_system"), rs.getLong("version"));
        };
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
