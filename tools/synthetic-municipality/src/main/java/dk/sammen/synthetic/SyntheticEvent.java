package dk.sammen.synthetic;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.Topics;
import dk.sammen.platform.kafka.IntegrationEventEnvelope;
import io.cloudevents.CloudEvent;

import java.time.Instant;

/**
 * One integration event of the synthetic history, as the service that owns its topic would
 * publish it.
 *
 * @param id the CloudEvent id: deterministic, so the same seed gives the same log
 */
public record SyntheticEvent(String topic, String id, Instant time, IntegrationEvent event) {

    public CloudEvent cloudEvent() {
        return IntegrationEventEnvelope.wrap(event, id, Topics.sourceOf(topic), time);
    }

    public String key() {
        return event.partitionKey();
    }
}
