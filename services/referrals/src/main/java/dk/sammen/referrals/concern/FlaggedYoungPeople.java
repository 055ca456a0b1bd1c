package dk.sammen.referrals.concern;

import dk.sammen.events.referrals.FlagReason;
import dk.sammen.referrals.concern.ConcernHistoryEvents.FlaggedForCoordinatedCourse;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
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
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (citizen_id) DO NOTHING""")
                .params(event.citizenId(), event.reason().name(), event.notificationCount(), event.sourceCount(), event.windowMonths(),
                        Timestamp.from(event.flaggedAt()))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM flagged_young_person").update();
    }

    public record Flag(UUID citizenId, FlagReason reason, int notificationCount, int sourceCount, int windowMonths, Instant flaggedAt) {
    }

    private static final RowMapper<Flag> ROW = (rs, n) -> new Flag(rs.getObject("citizen_id", UUID.class),
            FlagReason.valueOf(rs.getString("reason")), rs.getInt("notification_count"), rs.getInt("source_count"),
            rs.getInt("window_months"), rs.getTimestamp("flagged_at").toInstant());

    public List<Flag> all() {
        return jdbc.sql("SELECT * FROM flagged_young_person ORDER BY flagged_at DESC, citizen_id").query(ROW).list();
    }

    public Optional<Flag> of(UUID citizenId) {
        return jdbc.sql("SELECT * FROM flagged_young_person WHERE citizen_id = ?").param(citizenId).query(ROW).optional();
    }
}
