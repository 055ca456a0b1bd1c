package dk.sammen.plans.erasure;

import dk.sammen.plans.citizen.CitizenErased;
import dk.sammen.platform.personaldata.DataKeys;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * What erasure does in plans, in the transaction that stores {@link CitizenErased} (a
 * subscribing processor): the data keys of the young person and their courses are deleted, so
 * every text of theirs in the event store is unreadable from then on; the register's CPR number,
 * name, contact details, birth date, situation and family relations are deleted, and so are the
 * idempotency keys' hashes of the requests that registered them or opened their courses; the
 * courses' snapshots go. The one-plan view drops the
 * courses itself; the other services follow {@code PersonalDataErasedV1} on Kafka.
 */
@Component
@ProcessingGroup(PersonalDataPurge.PROCESSING_GROUP)
class PersonalDataPurge {

    static final String PROCESSING_GROUP = "erasure";

    private final DataKeys keys;
    private final JdbcClient jdbc;

    PersonalDataPurge(DataKeys keys, JdbcClient jdbc) {
        this.keys = keys;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CitizenErased event) {
        Set<UUID> subjects = new HashSet<>(event.courseIds());
        subjects.add(event.citizenId());
        keys.erase(subjects);
        jdbc.sql("DELETE FROM citizen_identity WHERE citizen_id = ?").param(event.citizenId()).update();
        // The register's birth date and situation in the young person's words, and whom they are related to, both ways.
        jdbc.sql("DELETE FROM citizen_view WHERE citizen_id = ?").param(event.citizenId()).update();
        jdbc.sql("DELETE FROM target_group_history WHERE citizen_id = ?").param(event.citizenId()).update();
        jdbc.sql("DELETE FROM family_relation WHERE citizen_id = ? OR related_citizen_id = ?")
                .params(event.citizenId(), event.citizenId()).update();
        UUID[] courses = event.courseIds().toArray(UUID[]::new);
        // The 18th birthday gives the birth date away; the erased course takes no access question any more.
        jdbc.sql("UPDATE course_citizen SET of_age_on = NULL WHERE course_id = ANY(?)").param(courses).update();
        // A request's hash over a body with the CPR number and name could be matched against guesses.
        jdbc.sql("DELETE FROM idempotency_key WHERE resource_id = ? OR resource_id = ANY(?)").params(event.citizenId(), courses).update();
        jdbc.sql("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = ANY(?)")
                .param(event.courseIds().stream().map(UUID::toString).toArray(String[]::new)).update();
        jdbc.sql("INSERT INTO erasure (citizen_id, basis, erased_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(event.citizenId(), event.basis().name(), Timestamp.from(event.erasedAt())).update();
    }
}
