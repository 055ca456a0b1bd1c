package dk.sammen.platform.test.infra;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Finds a real Kafka broker: {@code SAMMEN_KAFKA_BOOTSTRAP} if set; a Kafka container (KRaft) if
 * a Docker engine answers; otherwise an in-process {@link KraftBroker}.
 */
public final class KafkaLocator {

    private static final Logger log = LoggerFactory.getLogger(KafkaLocator.class);
    static final String CONTAINER_IMAGE = "apache/kafka:3.9.1";

    private KafkaLocator() {
    }

    public static KafkaServer locate() {
        String configured = System.getenv("SAMMEN_KAFKA_BOOTSTRAP");
        if (configured != null && !configured.isBlank()) {
            return announce(new External(configured, "configured (SAMMEN_KAFKA_BOOTSTRAP)"));
        }
        if (PostgresLocator.dockerAnswers()) {
            var container = new KafkaContainer(CONTAINER_IMAGE);
            container.start();
            return announce(new External(container.getBootstrapServers(), "Testcontainers " + CONTAINER_IMAGE));
        }
        return announce(KraftBroker.onFreePorts().start());
    }

    private static KafkaServer announce(KafkaServer server) {
        log.info("Using Kafka at {} ({})", server.bootstrapServers(), server.origin());
        return server;
    }

    private record External(String bootstrapServers, String origin) implements KafkaServer {
    }
}
