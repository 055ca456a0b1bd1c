package dk.sammen.offers.annualstatus;

import dk.sammen.events.EventCodec;
import dk.sammen.events.EventContracts;
import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.Topics;
import dk.sammen.events.plans.CourseOfferEndedV1;
import dk.sammen.events.plans.CourseOfferStartedV1;
import dk.sammen.events.plans.ProgressionMeasuredV1;
import dk.sammen.platform.kafka.KafkaTopics;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaAdmin;
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
        if (event.getData() == null) {
            return;
        }
        IntegrationEvent decoded = EventContracts.classOf(event.getType())
                .map(contract -> (IntegrationEvent) EventCodec.decode(event.getData().toBytes(), contract)).orElse(null);
        switch (decoded) {
            case CourseOfferStartedV1 e -> jdbc.sql("""
                            INSERT INTO offer_use (course_id, offer_id, started_on) VALUES (?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(e.courseId(), e.offerId(), e.startedOn()).update();
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

    @Configuration
    static class Topic {

        @Bean
        String plansTopic(KafkaTopics topics) {
            return topics.name(Topics.PLANS);
        }

        @Bean
        KafkaAdmin.NewTopics plansTopicDefinition(KafkaTopics topics) {
            return new KafkaAdmin.NewTopics(new NewTopic[]{topics.definition(Topics.PLANS)});
        }
    }
}
