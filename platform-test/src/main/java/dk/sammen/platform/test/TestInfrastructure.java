package dk.sammen.platform.test;

import dk.sammen.platform.test.infra.KafkaLocator;
import dk.sammen.platform.test.infra.KafkaServer;
import dk.sammen.platform.test.infra.PostgresLocator;
import dk.sammen.platform.test.infra.PostgresServer;
import org.springframework.boot.SpringApplication;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The PostgreSQL server and Kafka broker of one test JVM, found once and shared. Every Spring
 * context gets a fresh database and its own topic prefix on them, so tests never see each
 * other's data; the databases are dropped when the JVM ends, after the contexts have closed.
 */
public final class TestInfrastructure {

    private static volatile PostgresServer postgres;
    private static volatile KafkaServer kafka;
    private static final Set<String> createdDatabases = ConcurrentHashMap.newKeySet();

    private TestInfrastructure() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = PostgresLocator.locate(null);
            // After every Spring context has closed: a database dropped (WITH FORCE) under a context still
            // closing cut its connections, and its event processors waited out their timeouts (~30 s per JVM).
            SpringApplication.getShutdownHandlers().add(TestInfrastructure::dropCreatedDatabases);
        }
        return postgres;
    }

    public static synchronized KafkaServer kafka() {
        if (kafka == null) {
            kafka = KafkaLocator.locate();
        }
        return kafka;
    }

    /** @return the name of a new, empty database, dropped when the JVM ends */
    public static String freshDatabase(String purpose) {
        String name = "test_" + purpose + "_" + shortId();
        postgres().createDatabase(name);
        createdDatabases.add(name);
        return name;
    }

    public static String shortId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static void dropCreatedDatabases() {
        for (String database : createdDatabases) {
            try {
                postgres.dropDatabase(database);
            } catch (RuntimeException ignored) {
                // The server may already be gone at JVM exit; a leftover test database harms nothing.
            }
        }
    }
}
