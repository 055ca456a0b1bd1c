package dk.sammen.synthetic;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.Topics;
import dk.sammen.platform.kafka.IntegrationEventEnvelope;
import io.cloudevents.CloudEvent;

import java.net.URI;
import java.time.Instant;

/**
 * One integration event of the synthetic history, as the service that owns its topic would
 * publish it.
 *
 * @param id the CloudEvent id: deterministic, so the same seed gives the same log
 */
public record SyntheticEvent(String topic, String id, Instant time, IntegrationEvent event) {

    public CloudEvent cloudEvent() {
        return IntegrationEventEnvelope.wrap(event, id, source(), time);
    }

    public String key() {
        return event.partitionKey();
    }

    private URI source() {
        return URI.create("/sammen/" + switch (topic) {
            case Topics.PLANS -> "plans";
            case Topics.REFERRALS -> "referrals";
            case Topics.OFFERS -> "offers";
            default -> throw new IllegalStateException("No service publishes on " + topic);
        });
    }
}
