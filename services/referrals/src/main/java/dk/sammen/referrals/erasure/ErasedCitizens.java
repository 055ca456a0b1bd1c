package dk.sammen.referrals.erasure;

import dk.sammen.platform.personaldata.DataKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The young people erased in plans, as referrals' read models ask about them: an event stored
 * before someone's erasure is about what was erased and is let go (a replay, or one that reached
 * a read model only after the erasure reached referrals). A new underretning about them, received
 * after it, is new information and kept.
 */
@Component
public class ErasedCitizens {

    private final JdbcClient jdbc;
    private final DataKeys keys;

    ErasedCitizens(JdbcClient jdbc, DataKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /** Whether what was stored at {@code storedAt} about {@code citizenId} was erased since. */
    public boolean erasedSince(@Nullable UUID citizenId, Instant storedAt) {
        return citizenId != null && jdbc.sql("SELECT EXISTS (SELECT 1 FROM erased_citizen WHERE citizen_id = ? AND erased_at >= ?)")
                .params(citizenId, Timestamp.from(storedAt)).query(Boolean.class).single();
    }

    /** Forgotten after its retention period, or found to be about someone erased: a replay leaves it out. */
    public boolean forgotten(UUID underretningId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM forgotten_underretning WHERE underretning_id = ?)").param(underretningId)
                .query(Boolean.class).single();
    }

    /** An underretning found to be about someone erased, or past its retention: its words become unreadable and the intake register forgets it. */
    public void forgetUnderretning(UUID underretningId) {
        keys.erase(Set.of(underretningId));
        jdbc.sql("DELETE FROM underretning_identity WHERE underretning_id = ?").param(underretningId).update();
        jdbc.sql("DELETE FROM underretning_view WHERE underretning_id = ?").param(underretningId).update();
        jdbc.sql("DELETE FROM deadline_breach WHERE underretning_id = ?").param(underretningId).update();
        jdbc.sql("INSERT INTO forgotten_underretning (underretning_id, forgotten_at) VALUES (?, now()) ON CONFLICT DO NOTHING")
                .param(underretningId).update();
    }

    void record(UUID citizenId, Instant erasedAt) {
        jdbc.sql("INSERT INTO erased_citizen (citizen_id, erased_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(citizenId, Timestamp.from(erasedAt)).update();
    }
}
