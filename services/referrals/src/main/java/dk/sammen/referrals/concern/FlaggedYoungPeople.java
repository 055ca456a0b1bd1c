package dk.sammen.referrals.concern;

import dk.sammen.events.referrals.FlagReason;
import dk.sammen.referrals.concern.ConcernHistoryEvents.FlaggedForCoordinatedCourse;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The young people flagged for a coordinated course, from the concern histories; rebuildable by replay. */
@Component
@ProcessingGroup("flagged-view")
public class FlaggedYoungPeople {

    private final JdbcClient jdbc;

    FlaggedYoungPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FlaggedForCoordinatedCourse event) {
        jdbc.sql("""
                        INSERT INTO flagged_young_person (citizen_id, reason, notification_count, source_count, window_months, flagged_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (citizen_id) DO UPDATE SET reason = excluded.reason, notification_count = excluded.notification_count,
                            source_count = excluded.source_count, window_months = excluded.window_months, flagged_at = excluded.flagged_at,
                            acted_on_at = NULL""")
                .params(event.citizenId(), event.reason().name(), event.notificationCount(), event.sourceCount(), event.windowMonths(),
                        Timestamp.from(event.flaggedAt()))
                .update();
    }

    @EventHandler
    void on(ConcernHistoryEvents.FlagActedOn event) {
        jdbc.sql("UPDATE flagged_young_person SET acted_on_at = ? WHERE citizen_id = ?")
                .params(Timestamp.from(event.actedOnAt()), event.citizenId()).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM flagged_young_person").update();
    }

    /** @param actedOnAt when intake decided about the young person after the flag; until then it stands */
    public record Flag(UUID citizenId, FlagReason reason, int notificationCount, int sourceCount, int windowMonths, Instant flaggedAt,
                       @Nullable Instant actedOnAt) {
    }

    private static final RowMapper<Flag> ROW = (rs, n) -> new Flag(rs.getObject("citizen_id", UUID.class),
            FlagReason.valueOf(rs.getString("reason")), rs.getInt("notification_count"), rs.getInt("source_count"),
            rs.getInt("window_months"), rs.getTimestamp("flagged_at").toInstant(),
            rs.getTimestamp("acted_on_at") == null ? null : rs.getTimestamp("acted_on_at").toInstant());

    public List<Flag> all() {
        return jdbc.sql("SELECT * FROM flagged_young_person ORDER BY flagged_at DESC, citizen_id").query(ROW).list();
    }

    public Optional<Flag> of(UUID citizenId) {
        return jdbc.sql("SELECT * FROM flagged_young_person WHERE citizen_id = ?").param(citizenId).query(ROW).optional();
    }
}
