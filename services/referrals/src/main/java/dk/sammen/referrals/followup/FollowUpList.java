package dk.sammen.referrals.followup;

import dk.sammen.events.referrals.FollowUpReason;
import dk.sammen.referrals.followup.FollowUpEvents.FollowUpNeeded;
import dk.sammen.referrals.followup.FollowUpEvents.FollowedUp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The follow-up list: young people in the target group waiting for someone to act; rebuildable by replay. */
@Component
@ProcessingGroup("follow-up-list")
class FollowUpList {

    private final JdbcClient jdbc;

    FollowUpList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FollowUpNeeded event, @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO follow_up_list (citizen_id, reason, since, version) VALUES (?, ?, ?, ?)
                        ON CONFLICT (citizen_id) DO UPDATE SET reason = EXCLUDED.reason, since = EXCLUDED.since, version = EXCLUDED.version""")
                .params(event.citizenId(), event.reason().name(), Timestamp.from(event.since()), version).update();
    }

    @EventHandler
    void on(FollowedUp event) {
        jdbc.sql("DELETE FROM follow_up_list WHERE citizen_id = ?").param(event.citizenId()).update();
    }

    /** Moved out: no longer the municipality's to follow up. */
    @EventHandler
    void on(FollowUpEvents.MovedOutOfMunicipality event) {
        jdbc.sql("DELETE FROM follow_up_list WHERE citizen_id = ?").param(event.citizenId()).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM follow_up_list").update();
    }

    /** @param version the young person's follow-up version, for {@code If-Match} when acting */
    record Entry(UUID citizenId, FollowUpReason reason, Instant since, long version) {
    }

    List<Entry> all() {
        return jdbc.sql("SELECT * FROM follow_up_list ORDER BY since, citizen_id").query((rs, n) -> new Entry(
                rs.getObject("citizen_id", UUID.class), FollowUpReason.valueOf(rs.getString("reason")),
                rs.getTimestamp("since").toInstant(), rs.getLong("version"))).list();
    }
}
