package dk.sammen.platform.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics of the system as this service sees them (with the configured prefix), and how
 * they are created: every topic keeps everything, because the log is the replay source.
 */
public class KafkaTopics {

    private final KafkaTopicsProperties properties;

    public KafkaTopics(KafkaTopicsProperties properties) {
        this.properties = properties;
    }

    /** @param topic a name from {@link dk.sammen.events.Topics} */
    public String name(String topic) {
        return properties.topicPrefix() + topic;
    }

    public NewTopic definition(String topic) {
        return TopicBuilder.name(name(topic))
                .partitions(properties.partitions())
                .replicas(properties.replicationFactor())
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .config(TopicConfig.RETENTION_BYTES_CONFIG, "-1")
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
                .build();
    }
}
