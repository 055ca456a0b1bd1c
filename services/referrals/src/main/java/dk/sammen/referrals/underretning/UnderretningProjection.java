package dk.sammen.referrals.underretning;

import dk.sammen.events.referrals.ConcernCategory;
import dk.sammen.events.referrals.IntakeChannel;
import dk.sammen.events.referrals.ReporterKind;
import dk.sammen.platform.readmodel.PagedQuery;
import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The underretning read model, rebuildable by replaying the event store. */
@Component
@ProcessingGroup("underretning-view")
class UnderretningProjection {

    private static final RowMapper<UnderretningView> ROW = (rs, n) -> new UnderretningView(
            rs.getObject("underretning_id", UUID.class),
            rs.getObject("citizen_id", UUID.class),
            ReporterKind.valueOf(rs.getString("reporter_kind")),
            Arrays.stream((String[]) rs.getArray("concerns").getArray()).map(ConcernCategory::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ConcernCategory.class))),
            IntakeChannel.valueOf(rs.getString("channel")),
            rs.getTimestamp("received_at").toInstant(),
            rs.getLong("version"));

    private final JdbcClient jdbc;

    UnderretningProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UnderretningReceived event, @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO underretning_view
                            (underretning_id, citizen_id, reporter_kind, concerns, channel, received_at, version)
                        VALUES (?, ?, ?, ?::text[], ?, ?, ?)
                        ON CONFLICT (underretning_id) DO NOTHING""")
                .params(event.underretningId(), event.citizenId(), event.reporterKind().name(),
                        event.concerns().stream().map(Enum::name).collect(Collectors.joining(",", "{", "}")),
                        event.channel().name(), Timestamp.from(event.receivedAt()), version)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM underretning_view").update();
    }

    Optional<UnderretningView> find(UUID underretningId) {
        return jdbc.sql("SELECT * FROM underretning_view WHERE underretning_id = ?").param(underretningId).query(ROW).optional();
    }

    PageResponse<UnderretningView> list(UUID citizenId, PageQuery page) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("citizen_id", citizenId);
        return PagedQuery.page(jdbc, "underretning_view", filters, "received_at DESC, underretning_id", ROW, page);
    }
}
