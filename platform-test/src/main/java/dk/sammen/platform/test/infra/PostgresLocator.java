package dk.sammen.platform.test.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Finds a real PostgreSQL, in this order:
 * <ol>
 *   <li>{@code SAMMEN_POSTGRES_HOST} / {@code _PORT} / {@code _USER} / {@code _PASSWORD}, if set;</li>
 *   <li>a PostgreSQL container, if a Docker engine answers (Testcontainers);</li>
 *   <li>the server on 127.0.0.1:5432 (user postgres), if it answers — as on CI machines here;</li>
 *   <li>embedded PostgreSQL binaries from Maven (zonky), run as a child process.</li>
 * </ol>
 */
public final class PostgresLocator {

    private static final Logger log = LoggerFactory.getLogger(PostgresLocator.class);
    static final String CONTAINER_IMAGE = "postgres:17-alpine";

    private PostgresLocator() {
    }

    /**
     * @param embeddedDataDirectory where embedded PostgreSQL keeps its data, or {@code null} for
     *                              a throw-away directory
     */
    public static PostgresServer locate(Path embeddedDataDirectory) {
        String host = System.getenv("SAMMEN_POSTGRES_HOST");
        if (host != null && !host.isBlank()) {
            PostgresServer configured = new PostgresServer(host,
                    Integer.parseInt(envOr("SAMMEN_POSTGRES_PORT", "5432")),
                    envOr("SAMMEN_POSTGRES_USER", "postgres"), envOr("SAMMEN_POSTGRES_PASSWORD", ""),
                    "configured (SAMMEN_POSTGRES_HOST)");
            if (!configured.answers()) {
                throw new IllegalStateException("SAMMEN_POSTGRES_HOST is set, but PostgreSQL at " + host + " does not answer");
            }
            return announce(configured);
        }
        if (dockerAnswers()) {
            var container = new PostgreSQLContainer<>(CONTAINER_IMAGE);
            container.start();
            return announce(new PostgresServer(container.getHost(), container.getMappedPort(5432),
                    container.getUsername(), container.getPassword(), "Testcontainers " + CONTAINER_IMAGE));
        }
        PostgresServer local = new PostgresServer("127.0.0.1", 5432, "postgres", "", "local server");
        if (local.answers()) {
            return announce(local);
        }
        return announce(embedded(embeddedDataDirectory));
    }

    static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static PostgresServer embedded(Path dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            return new PostgresServer("127.0.0.1", postgres.getPort(), "postgres", "", "embedded PostgreSQL binaries");
        } catch (IOException e) {
            throw new UncheckedIOException("No PostgreSQL answered on 127.0.0.1:5432, no Docker engine answered, "
                    + "and embedded PostgreSQL could not start (it refuses to run as root)", e);
        }
    }

    private static PostgresServer announce(PostgresServer server) {
        log.info("Using PostgreSQL at {}:{} ({})", server.host(), server.port(), server.origin());
        return server;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
