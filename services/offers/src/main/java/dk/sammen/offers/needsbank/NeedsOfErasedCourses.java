package dk.sammen.offers.needsbank;

import dk.sammen.events.plans.PersonalDataErasedV1;
import dk.sammen.platform.kafka.IntegrationEvents;
import dk.sammen.platform.personaldata.DataKeys;
import io.cloudevents.CloudEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * A young person erased in plans is erased from the needs bank: the keys of their courses go, so
 * the needs' words about them are unreadable in the event store, and the needs with their bids
 * leave the view, for good (a replay leaves them out). Idempotent: a redelivered event finds
 * nothing more to erase.
 */
@Component
class NeedsOfErasedCourses {

    private final DataKeys keys;
    private final JdbcClient jdbc;

    NeedsOfErasedCourses(DataKeys keys, JdbcClient jdbc) {
        this.keys = keys;
        this.jdbc = jdbc;
    }

    @KafkaListener(id = "offers-erasure", topics = "#{@plansTopic}", groupId = "${sammen.offers.erasure-group:offers-erasure}",
            containerFactory = "cloudEventListenerFactory")
    @Transactional
    void onPlans(CloudEvent event) {
        if (IntegrationEvents.decode(event).orElse(null) instanceof PersonalDataErasedV1 erased && !erased.courseIds().isEmpty()) {
            UUID[] courses = erased.courseIds().toArray(UUID[]::new);
            keys.erase(erased.courseIds());
            for (UUID course : courses) {
                jdbc.sql("INSERT INTO erased_course (course_id) VALUES (?) ON CONFLICT DO NOTHING").param(course).update();
            }
            jdbc.sql("DELETE FROM need_bid WHERE need_id IN (SELECT need_id FROM need_view WHERE course_id = ANY(?))").param(courses).update();
            jdbc.sql("DELETE FROM need_view WHERE course_id = ANY(?)").param(courses).update();
            jdbc.sql("DELETE FROM need_course WHERE course_id = ANY(?)").param(courses).update();
        }
    }
}
