package dk.sammen.referrals.erasure;

import dk.sammen.events.plans.PersonalDataErasedV1;
import dk.sammen.platform.kafka.IntegrationEvents;
import dk.sammen.platform.personaldata.DataKeys;
import io.cloudevents.CloudEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A young person erased in plans is erased here too: the keys of their underretninger, of their
 * courses' referrals and of their follow-up are deleted (the reporters' words, assessments and
 * reasons become unreadable in the event store), and the intake register's CPR numbers and names
 * about them go. Idempotent: a redelivered event finds nothing more to erase.
 */
@Component
class PersonalDataErasure {

    private final DataKeys keys;
    private final JdbcClient jdbc;

    PersonalDataErasure(DataKeys keys, JdbcClient jdbc) {
        this.keys = keys;
        this.jdbc = jdbc;
    }

    @KafkaListener(id = "referrals-erasure", topics = "#{@plansTopic}", groupId = "${sammen.referrals.erasure-group:referrals-erasure}",
            containerFactory = "cloudEventListenerFactory")
    @Transactional
    void onPlans(CloudEvent event) {
        if (IntegrationEvents.decode(event).orElse(null) instanceof PersonalDataErasedV1 erased) {
            erase(erased.citizenId(), erased.courseIds());
        }
    }

    void erase(UUID citizenId, Set<UUID> courseIds) {
        Set<UUID> underretninger = Set.copyOf(jdbc.sql("SELECT underretning_id FROM underretning_view WHERE citizen_id = ?")
                .param(citizenId).query(UUID.class).list());
        Set<UUID> subjects = new HashSet<>(underretninger);
        subjects.addAll(courseIds);
        subjects.add(citizenId);
        keys.erase(subjects);
        jdbc.sql("DELETE FROM underretning_identity WHERE underretning_id = ANY(?)").param(underretninger.toArray(UUID[]::new)).update();
        jdbc.sql("DELETE FROM flagged_young_person WHERE citizen_id = ?").param(citizenId).update();
        jdbc.sql("DELETE FROM follow_up_list WHERE citizen_id = ?").param(citizenId).update();
    }
}
