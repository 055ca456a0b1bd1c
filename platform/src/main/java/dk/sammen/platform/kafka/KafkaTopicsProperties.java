package dk.sammen.platform.kafka;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How this service names and creates topics.
 *
 * @param topicPrefix       prepended to every topic name; lets several isolated systems (or
 *                          test runs) share one broker
 * @param partitions        partitions of a topic this service creates; the unit of consumer
 *                          parallelism, keyed by course or citizen id
 * @param replicationFactor replicas of each partition (1 on a single dev broker, 3 in production)
 */
@Validated
@ConfigurationProperties("sammen.kafka")
public record KafkaTopicsProperties(String topicPrefix, @Min(1) int partitions, @Min(1) short replicationFactor) {

    public KafkaTopicsProperties {
        topicPrefix = topicPrefix == null ? "" : topicPrefix;
    }
}
