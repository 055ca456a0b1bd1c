package dk.sammen.platform.test;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring context at the real PostgreSQL and Kafka of {@link TestInfrastructure}: a
 * fresh database, and a topic prefix of its own on the shared broker; and at the tests' identity
 * provider ({@link TestTokens}).
 */
public class RealInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Property holding the topic prefix of this context, for tests that read the topics. */
    public static final String TOPIC_PREFIX = "sammen.kafka.topic-prefix";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String application = context.getEnvironment().getProperty("spring.application.name", "service");
        String database = TestInfrastructure.freshDatabase(application.replaceAll("[^a-z0-9]", "_"));
        var postgres = TestInfrastructure.postgres();
        TestPropertyValues.of(
                "sammen.allow-development-keys=true",
                // A test JVM exits with many contexts open: each closes at once, not gracefully one by one.
                "server.shutdown=immediate",
                "spring.lifecycle.timeout-per-shutdown-phase=2s",
                // One broker serves every context of a test JVM on two shared cores: give a burst of
                // test events the time a busy broker takes, rather than the seconds production allows.
                "spring.kafka.producer.properties.delivery.timeout.ms=60000",
                "spring.kafka.producer.properties.request.timeout.ms=30000",
                "spring.kafka.producer.properties.max.block.ms=30000",
                // Parked counts and processors' positions read every second, and a consumer stuck for
                // five seconds counts as stalled, so tests see both soon.
                "sammen.pipeline.check-interval=1s",
                "sammen.pipeline.stall-after=5s",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestTokens.ISSUER,
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestTokens.jwkSetUri(),
                "spring.datasource.url=" + postgres.jdbcUrl(database),
                "spring.datasource.username=" + postgres.user(),
                "spring.datasource.password=" + postgres.password(),
                "spring.kafka.bootstrap-servers=" + TestInfrastructure.kafka().bootstrapServers(),
                TOPIC_PREFIX + "=t" + TestInfrastructure.shortId() + ".")
                .applyTo(context);
    }
}
