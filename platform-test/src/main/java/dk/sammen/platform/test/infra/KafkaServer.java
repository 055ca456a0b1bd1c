package dk.sammen.platform.test.infra;

/** A running Kafka broker, wherever it came from. */
public interface KafkaServer {

    String bootstrapServers();

    /** Where the broker came from, for the logs. */
    String origin();
}
