package dk.sammen.analytics.projection;

import dk.sammen.events.Topics;
import dk.sammen.platform.kafka.KafkaTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The topics analytics reads: all of them (the platform creates them, so they exist before it subscribes). */
@Configuration
class AnalyticsTopicsConfiguration {

    @Bean
    String[] analyticsTopics(KafkaTopics topics) {
        return Topics.ALL.stream().map(topics::name).toArray(String[]::new);
    }
}
