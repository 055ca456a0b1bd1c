package dk.sammen.analytics.projection;

import io.cloudevents.CloudEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps the live projections from every topic, at least once: each poll's records in one
 * transaction, so catching up with a long log is not one commit per event.
 */
@Component
class ProjectionListener {

    static final String ID = "projections";

    private final Projections projections;

    ProjectionListener(Projections projections) {
        this.projections = projections;
    }

    @KafkaListener(id = ID, topics = "#{@analyticsTopics}", groupId = "${sammen.analytics.consumer-group}",
            containerFactory = "cloudEventBatchListenerFactory")
    void on(List<CloudEvent> events) {
        projections.apply(ProjectionSchema.LIVE, events.stream().map(LoggedEvent::of).toList());
    }
}
