package dk.sammen.offers.annualstatus;

import dk.sammen.events.plans.CourseOfferEndedV1;
import dk.sammen.events.plans.CourseOfferStartedV1;
import dk.sammen.events.plans.ProgressionMeasuredV1;
import dk.sammen.platform.kafka.IntegrationEvents;
import io.cloudevents.CloudEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Which courses used which offer when, and the progression measured in them, kept from the plans
 * service's events for the annual status. Idempotent: a redelivered event leaves the same rows.
 */
@Component
class OfferUse {

    private final JdbcClient jdbc;

    OfferUse(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @KafkaListener(id = "offer-use", topics = "#{@plansTopic}", groupId = "${sammen.offers.use-group:offers-use}",
            containerFactory = "cloudEventListenerFactory")
    void on(CloudEvent event) {
        switch (IntegrationEvents.decode(event).orElse(null)) {
            case CourseOfferStartedV1 e -> jdbc.sql("""
                            INSERT INTO offer_use (course_id, offer_id, started_on, revision) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(e.courseId(), e.offerId(), e.startedOn(), e.offerRevision()).update();
            case CourseOfferEndedV1 e -> jdbc.sql("""
                            UPDATE offer_use SET ended_on = ? WHERE course_id = ? AND offer_id = ? AND ended_on IS NULL""")
                    .params(e.endedOn(), e.courseId(), e.offerId()).update();
            case ProgressionMeasuredV1 e -> jdbc.sql("""
                            INSERT INTO course_progression (measurement_id, course_id, dimension, scale_min, scale_max, value, measured_on)
                            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(e.measurementId(), e.courseId(), e.dimension().name(), e.scaleMin(), e.scaleMax(), e.value(), e.measuredOn())
                    .update();
            case null, default -> {
            }
        }
    }
}
