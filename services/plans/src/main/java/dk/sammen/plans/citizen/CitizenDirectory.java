package dk.sammen.plans.citizen;

import dk.sammen.events.plans.FamilyRelation;
import dk.sammen.events.plans.TargetGroup;
import dk.sammen.platform.domain.Denmark;
import dk.sammen.platform.identity.Cpr;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is registered and how they are related. Its processing group is subscribing: it is kept in
 * the transaction of the command itself, so the next request already sees the new citizen.
 */
@Component
@ProcessingGroup(CitizenDirectory.PROCESSING_GROUP)
public class CitizenDirectory implements Citizens {

    static final String PROCESSING_GROUP = "citizen-directory";

    private final JdbcClient jdbc;
    private final Clock clock;

    CitizenDirectory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventHandler
    void on(CitizenRegistered event, @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO citizen_view (citizen_id, birth_date, target_group, target_group_reason, registered_at, version)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (citizen_id) DO NOTHING""")
                .params(event.citizenId(), event.birthDate(), event.targetGroup().name(), event.targetGroupReason(),
                        Timestamp.from(event.registeredAt()), version)
                .update();
        history(event.citizenId(), event.targetGroup(), event.targetGroupReason(), event.registeredAt());
    }

    @EventHandler
    void on(SituationUpdated event, @SequenceNumber long version) {
        jdbc.sql("UPDATE citizen_view SET target_group = ?, target_group_reason = ?, version = ? WHERE citizen_id = ?")
                .params(event.targetGroup().name(), event.targetGroupReason(), version, event.citizenId()).update();
        history(event.citizenId(), event.targetGroup(), event.targetGroupReason(), event.updatedAt());
    }

    private void history(UUID citizenId, TargetGroup targetGroup, String reason, Instant since) {
        jdbc.sql("""
                        INSERT INTO target_group_history (citizen_id, target_group, reason, since) VALUES (?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(citizenId, targetGroup.name(), reason, Timestamp.from(since)).update();
    }

    /** The categories the person was in, oldest first, each from the day the situation said so. */
    private List<CitizenView.TargetGroupPeriod> historyOf(UUID citizenId) {
        return jdbc.sql("SELECT * FROM target_group_history WHERE citizen_id = ? ORDER BY since")
                .param(citizenId)
                .query((rs, n) -> new CitizenView.TargetGroupPeriod(TargetGroup.valueOf(rs.getString("target_group")),
                        rs.getString("reason"), rs.getTimestamp("since").toInstant()))
                .list();
    }

    @EventHandler
    void on(FamilyRelationRegistered event, @SequenceNumber long version) {
        relate(event.citizenId(), event.relatedCitizenId(), event.relation());
        relate(event.relatedCitizenId(), event.citizenId(), inverse(event.relation()));
        jdbc.sql("UPDATE citizen_view SET version = ? WHERE citizen_id = ?").params(version, event.citizenId()).update();
    }

    private void relate(UUID citizenId, UUID relatedCitizenId, FamilyRelation relation) {
        jdbc.sql("""
                        INSERT INTO family_relation (citizen_id, related_citizen_id, relation) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(citizenId, relatedCitizenId, relation.name()).update();
    }

    static FamilyRelation inverse(FamilyRelation relation) {
        return switch (relation) {
            case PARENT_OR_GUARDIAN -> FamilyRelation.CHILD;
            case CHILD -> FamilyRelation.PARENT_OR_GUARDIAN;
            case SIBLING -> FamilyRelation.SIBLING;
        };
    }

    @Override
    public Optional<CitizenFacts> facts(UUID citizenId) {
        return jdbc.sql("SELECT birth_date FROM citizen_view WHERE citizen_id = ?").param(citizenId)
                .query(LocalDate.class).optional()
                .map(birthDate -> new CitizenFacts(citizenId, birthDate, new HashSet<>(related(citizenId, FamilyRelation.PARENT_OR_GUARDIAN))));
    }

    public Optional<CitizenView> find(UUID citizenId) {
        return jdbc.sql("""
                        SELECT v.*, i.name, i.phone, i.email, i.address FROM citizen_view v
                        JOIN citizen_identity i USING (citizen_id) WHERE citizen_id = ?""")
                .param(citizenId).query(view()).optional()
                .map(view -> view.withTargetGroupHistory(historyOf(citizenId)));
    }

    /** The one lookup by CPR number; the number is compared in the database and not kept. */
    public Optional<UUID> idOf(Cpr cpr) {
        return jdbc.sql("SELECT citizen_id FROM citizen_identity WHERE cpr = ?").param(cpr.digits()).query(UUID.class).optional();
    }

    public List<UUID> related(UUID citizenId, FamilyRelation relation) {
        return jdbc.sql("SELECT related_citizen_id FROM family_relation WHERE citizen_id = ? AND relation = ? ORDER BY related_citizen_id")
                .params(citizenId, relation.name()).query(UUID.class).list();
    }

    /** Everyone reachable through family relations, the citizen included (Maja and both her children). */
    public Set<UUID> family(UUID citizenId) {
        Set<UUID> family = new HashSet<>(jdbc.sql("""
                        WITH RECURSIVE family(id) AS (
                            SELECT CAST(? AS UUID)
                            UNION
                            SELECT r.related_citizen_id FROM family_relation r JOIN family f ON r.citizen_id = f.id)
                        SELECT id FROM family""")
                .param(citizenId).query(UUID.class).list());
        return family;
    }

    private RowMapper<CitizenView> view() {
        LocalDate today = LocalDate.now(clock.withZone(Denmark.ZONE));
        return (rs, n) -> {
            LocalDate birthDate = rs.getObject("birth_date", LocalDate.class);
            return new CitizenView(rs.getObject("citizen_id", UUID.class), rs.getString("name"), rs.getString("phone"),
                    rs.getString("email"), rs.getString("address"), birthDate, Period.between(birthDate, today).getYears(),
                    TargetGroup.valueOf(rs.getString("target_group")), rs.getString("target_group_reason"), List.of(), rs.getLong("version"));
        };
    }
}
