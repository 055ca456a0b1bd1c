package dk.sammen.analytics.projection;

import io.cloudevents.CloudEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Keeps the live projections from every topic, one record at a time, at least once. */
@Component
class ProjectionListener {

    static final String ID = "projections";

    private final Projections projections;

    ProjectionListener(Projections projections) {
        this.projections = projections;
    }

    @KafkaListener(id = ID, topics = "#{@analyticsTopics}", groupId = "${sammen.analytics.consumer-group}",
            containerFactory = "cloudEventListenerFactory")
    void on(CloudEvent event) {
        projections.apply(ProjectionSchema.LIVE, List.of(LoggedEvent.of(event)));
    }
}
