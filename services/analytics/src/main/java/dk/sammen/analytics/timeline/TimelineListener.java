package dk.sammen.analytics.timeline;

import io.cloudevents.CloudEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the live timeline from all three topics. Delivery is at least once, so adding is
 * idempotent on the CloudEvent id.
 */
@Component
class TimelineListener {

    static final String ID = "timeline";

    private final TimelineStore store;

    TimelineListener(TimelineStore store) {
        this.store = store;
    }

    @KafkaListener(id = ID, topics = "#{@analyticsTopics}", groupId = "${sammen.analytics.consumer-group}",
            containerFactory = "cloudEventListenerFactory")
    void on(CloudEvent event) {
        store.add(TimelineStore.LIVE, TimelineProjector.project(event));
    }
}
