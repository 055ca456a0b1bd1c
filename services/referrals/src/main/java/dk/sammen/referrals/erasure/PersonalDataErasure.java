package dk.sammen.referrals.erasure;

import dk.sammen.events.plans.PersonalDataErasedV1;
import dk.sammen.platform.kafka.IntegrationEvents;
import dk.sammen.platform.personaldata.DataKeys;
import io.cloudevents.CloudEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A young person erased in plans is erased here too: the keys of their underretninger, of their
 * courses' referrals and of their follow-up are deleted (the reporters' words, assessments and
 * reasons become unreadable in the event store), the intake register's CPR numbers and names
 * about them go, and so do the read models' rows about them (their underretninger — their notes and documents go with the keys — and concern
 * categories, deadline breaches, household links, referrals, consents, flags, follow-up); the
 * read models keep them out from then on ({@link ErasedCitizens}). Idempotent: a redelivered
 * event finds nothing more to erase.
 */
@Component
class PersonalDataErasure {

    private final DataKeys keys;
    private final JdbcClient jdbc;
    private final ErasedCitizens erased;

    PersonalDataErasure(DataKeys keys, JdbcClient jdbc, ErasedCitizens erased) {
        this.keys = keys;
        this.jdbc = jdbc;
        this.erased = erased;
    }

    @KafkaListener(id = "referrals-erasure", topics = "#{@plansTopic}", groupId = "${sammen.referrals.erasure-group:referrals-erasure}",
            containerFactory = "cloudEventListenerFactory")
    @Transactional
    void onPlans(CloudEvent event) {
        if (IntegrationEvents.decode(event).orElse(null) instanceof PersonalDataErasedV1 erased) {
            erase(erased.citizenId(), erased.courseIds(), erased.erasedAt());
        }
    }

    void erase(UUID citizenId, Set<UUID> courseIds, Instant erasedAt) {
        erased.record(citizenId, erasedAt);
        UUID[] underretninger = jdbc.sql("SELECT underretning_id FROM underretning_view WHERE citizen_id = ?")
                .param(citizenId).query(UUID.class).list().toArray(UUID[]::new);
        UUID[] courses = courseIds.toArray(UUID[]::new);
        Set<UUID> subjects = new HashSet<>(List.of(underretninger));
        subjects.addAll(courseIds);
        subjects.add(citizenId);
        keys.erase(subjects);
        jdbc.sql("DELETE FROM underretning_identity WHERE underretning_id = ANY(?)").param(underretninger).update();
        // The read models: what was reported (the concern categories), the deadlines, the household, the referrals.
        jdbc.sql("DELETE FROM deadline_breach WHERE underretning_id = ANY(?) OR citizen_id = ?").params(underretninger, citizenId).update();
        jdbc.sql("DELETE FROM underretning_view WHERE underretning_id = ANY(?)").param(underretninger).update();
        jdbc.sql("DELETE FROM household_link WHERE citizen_id = ? OR guardian_id = ?").params(citizenId, citizenId).update();
        jdbc.sql("DELETE FROM referral_view WHERE citizen_id = ? OR course_id = ANY(?)").params(citizenId, courses).update();
        jdbc.sql("DELETE FROM flagged_young_person WHERE citizen_id = ?").param(citizenId).update();
        jdbc.sql("DELETE FROM follow_up_list WHERE citizen_id = ?").param(citizenId).update();
    }
}
