package dk.sammen.devstack;

import dk.sammen.platform.test.infra.KraftBroker;
import dk.sammen.platform.test.infra.PostgresLocator;
import dk.sammen.platform.test.infra.PostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The whole system on one machine with no Docker: PostgreSQL (the local server, or embedded
 * binaries), a real KRaft broker in this process, and the four services as child processes.
 * It starts from a clean slate each time: fresh databases and an empty log, so the event
 * stores, the Kafka log and the projections always agree.
 */
public final class LocalStack implements AutoCloseable {

    /** The services in start order, with their default ports. */
    public static final Map<String, Integer> DEFAULT_PORTS = defaultPorts();

    private final Path root;
    private final Path workDirectory;
    private final String databasePrefix;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final KraftBroker kafka;
    private PostgresServer postgres;

    /**
     * @param root           the repository root (where {@code services/} is)
     * @param workDirectory  where logs, the Kafka log and embedded PostgreSQL data go
     * @param databasePrefix prefix of the four databases, e.g. {@code sammen}
     * @param kafka          the broker to run (not yet started)
     * @param ports          service name → HTTP port
     */
    public LocalStack(Path root, Path workDirectory, String databasePrefix, KraftBroker kafka, Map<String, Integer> ports) {
        this.root = root;
        this.workDirectory = workDirectory;
        this.databasePrefix = databasePrefix;
        this.kafka = kafka;
        ports.forEach((name, port) -> services.put(name, new ServiceProcess(name, port)));
    }

    public LocalStack start(Duration timeout) {
        postgres = PostgresLocator.locate(workDirectory.resolve("postgres"));
        services.keySet().forEach(name -> postgres.recreateDatabase(database(name)));
        kafka.start();
        services.values().forEach(service -> service.start(
                root.resolve("services").resolve(service.name()).resolve("target").resolve(service.name() + ".jar"),
                logOf(service.name()),
                List.of("--spring.datasource.url=" + postgres.jdbcUrl(database(service.name())),
                        "--spring.datasource.username=" + postgres.user(),
                        "--spring.datasource.password=" + postgres.password(),
                        "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                        // A development stack: the platform's development pseudonym key is allowed here only.
                        "--sammen.allow-development-keys=true")));
        try {
            CompletableFuture.allOf(services.values().stream()
                    .map(service -> CompletableFuture.runAsync(() -> service.awaitReady(timeout)))
                    .toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException failed) {
            // One service did not come up: stop the others, or they outlive the caller.
            close();
            throw failed;
        }
        return this;
    }

    public KraftBroker kafka() {
        return kafka;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    /** Where a service's process writes its log. */
    public Path logOf(String service) {
        return workDirectory.resolve("logs").resolve(service + ".log");
    }

    public URI url(String service, String path) {
        return services.get(service).url(path);
    }

    public Map<String, Duration> startUpTimes() {
        Map<String, Duration> times = new LinkedHashMap<>();
        services.forEach((name, service) -> times.put(name, service.startUpTime()));
        return times;
    }

    public String database(String service) {
        return databasePrefix + "_" + service;
    }

    @Override
    public void close() {
        services.values().parallelStream().forEach(ServiceProcess::stop);
        kafka.stop();
    }

    /** Empties a directory the stack owns (the Kafka log), for a clean start. */
    public static void wipe(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> defaultPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("plans", 8081);
        ports.put("referrals", 8082);
        ports.put("offers", 8083);
        ports.put("analytics", 8084);
        return Collections.unmodifiableMap(ports);
    }
}
