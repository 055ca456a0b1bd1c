package dk.sammen.platform.relay;

import dk.sammen.events.Topics;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;

/**
 * Where this service's integration events go.
 *
 * @param source      the CloudEvent {@code source} of every event, e.g. {@code /sammen/plans}
 * @param topic       the service's topic, a name from {@link dk.sammen.events.Topics}
 * @param sendTimeout how long a batch waits for Kafka's acknowledgement before it is retried
 */
@Validated
@ConfigurationProperties("sammen.relay")
public record RelayProperties(@NotNull URI source, @NotBlank String topic, Duration sendTimeout) {

    public RelayProperties {
        // Consumers park what is not the topic owner's: a service publishing under another source would lose every event.
        if (source != null && Topics.ALL.contains(topic) && !Topics.sourceOf(topic).equals(source)) {
            throw new IllegalArgumentException("sammen.relay.source must be " + Topics.sourceOf(topic) + " on " + topic + ", not " + source);
        }
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
    }
}
