package dk.sammen.platform.kafka;

import dk.sammen.events.Topics;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a consumed record as a CloudEvent only when it is its topic owner's: its {@code source}
 * must be the owner's ({@code /sammen/plans} on {@code sammen.plans}) and its type one of the
 * owner's. Anything else fails to deserialize, so the consumer parks it unread, like any record
 * it cannot read: a forged erasure or team change written by someone else is never acted on.
 * Behind the brokers' ACLs (each service writes only its own topic) this is the second line, and
 * the only one where a cluster runs without them.
 */
public final class TopicOwnerDeserializer implements Deserializer<CloudEvent> {

    private final CloudEventDeserializer cloudEvents = new CloudEventDeserializer();
    private final Map<String, String> baseTopicOf;

    public TopicOwnerDeserializer(KafkaTopics topics) {
        this.baseTopicOf = Topics.ALL.stream().collect(Collectors.toUnmodifiableMap(topics::name, topic -> topic));
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        cloudEvents.configure(configs, isKey);
    }

    @Override
    public CloudEvent deserialize(String topic, byte[] data) {
        throw new SerializationException("A record on " + topic + " without headers is no CloudEvent in binary mode");
    }

    @Override
    public CloudEvent deserialize(String topic, Headers headers, byte[] data) {
        String base = baseTopicOf.get(topic);
        if (base == null) {
            throw new SerializationException(topic + " is no course-history topic: no service's events are read from it");
        }
        CloudEvent event = cloudEvents.deserialize(topic, headers, data);
        URI owner = Topics.sourceOf(base);
        if (!owner.equals(event.getSource())) {
            throw new SerializationException("A record on " + topic + " from " + event.getSource() + ": only " + owner + " publishes there");
        }
        if (!event.getType().startsWith(Topics.typePrefixOf(base))) {
            throw new SerializationException("A record on " + topic + " of type " + event.getType() + ": only "
                    + Topics.typePrefixOf(base) + "* is published there");
        }
        return event;
    }

    @Override
    public void close() {
        cloudEvents.close();
    }
}
