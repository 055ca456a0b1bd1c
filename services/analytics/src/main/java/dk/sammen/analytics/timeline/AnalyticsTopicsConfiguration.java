package dk.sammen.analytics.timeline;

import dk.sammen.events.Topics;
import dk.sammen.platform.kafka.KafkaTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics analytics reads: all of them. They are declared here too, with the same
 * definition the publishers use, so they exist before the consumer subscribes.
 */
@Configuration
class AnalyticsTopicsConfiguration {

    @Bean
    String[] analyticsTopics(KafkaTopics topics) {
        return Topics.ALL.stream().map(topics::name).toArray(String[]::new);
    }

    @Bean
    KafkaAdmin.NewTopics analyticsTopicDefinitions(KafkaTopics topics) {
        return new KafkaAdmin.NewTopics(Topics.ALL.stream().map(topics::definition).toArray(NewTopic[]::new));
    }
}
