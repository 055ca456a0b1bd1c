package dk.sammen.devstack;

import dk.sammen.platform.test.infra.FreePorts;
import dk.sammen.platform.test.infra.KraftBroker;
import dk.sammen.platform.test.infra.PostgresLocator;
import dk.sammen.platform.test.infra.PostgresServer;
import dk.sammen.platform.test.infra.TcpProxy;
import org.jspecify.annotations.Nullable;

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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The whole system on one machine with no Docker: PostgreSQL (the local server, or embedded
 * binaries), a real KRaft broker in this process, and the four services as child processes.
 * It starts from a clean slate each time: fresh databases and an empty log, so the event
 * stores, the Kafka log and the projections always agree.
 */
public final class LocalStack implements AutoCloseable {

    /** Where {@code ./sammen up} runs the development identity provider (the services' default issuer). */
    public static final int DEFAULT_IDENTITY_PORT = 9000;

    /** The services in start order, with their default ports. */
    public static final Map<String, Integer> DEFAULT_PORTS = defaultPorts();

    private final Path root;
    private final Path workDirectory;
    private final String databasePrefix;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final ServiceProcess identityProvider;
    private final KraftBroker kafka;
    private PostgresServer postgres;
    private TcpProxy databaseProxy;
    private boolean behindProxy;
    private DevIdentity identity;
    private @Nullable WebApp webApp;

    /**
     * @param root           the repository root (where {@code services/} is)
     * @param workDirectory  where logs, the Kafka log and embedded PostgreSQL data go
     * @param databasePrefix prefix of the four databases, e.g. {@code sammen}
     * @param kafka          the broker to run (not yet started)
     * @param ports          service name → HTTP port
     */
    public LocalStack(Path root, Path workDirectory, String databasePrefix, KraftBroker kafka, Map<String, Integer> ports) {
        this(root, workDirectory, databasePrefix, kafka, ports, FreePorts.reserve());
    }

    /** @param identityPort where the development identity provider listens */
    @SuppressWarnings("NullAway.Init") // the database, its proxy and the identity provider are set when the stack starts
    public LocalStack(Path root, Path workDirectory, String databasePrefix, KraftBroker kafka, Map<String, Integer> ports,
                      int identityPort) {
        this.root = root;
        this.workDirectory = workDirectory;
        this.databasePrefix = databasePrefix;
        this.kafka = kafka;
        this.identityProvider = new ServiceProcess("dev-identity", identityPort);
        ports.forEach((name, port) -> services.put(name, new ServiceProcess(name, port)));
    }

    /**
     * A stack of its own for an end-to-end test, beside anything else running: every port free,
     * a broker on free ports, databases named {@code <name>_<random>_<service>} (dropped by
     * {@link #dropDatabases()}), logs in a temporary directory.
     */
    public static LocalStack onFreePorts(Path root, String name) throws IOException {
        Map<String, Integer> ports = new LinkedHashMap<>();
        List<Integer> free = FreePorts.reserve(DEFAULT_PORTS.size());
        DEFAULT_PORTS.keySet().forEach(service -> ports.put(service, free.get(ports.size())));
        String prefix = name + "_" + java.util.UUID.randomUUID().toString().substring(0, 8);
        return new LocalStack(root, Files.createTempDirectory("sammen-" + name + "-"), prefix, KraftBroker.onFreePorts(), ports);
    }

    /** Drops the four databases of a stopped stack. */
    public void dropDatabases() {
        services.keySet().stream().filter(DEFAULT_PORTS::containsKey).forEach(name -> postgres.dropDatabase(database(name)));
    }

    /** The services reach PostgreSQL through a proxy a fault test can cut ({@link #databaseProxy()}). */
    public LocalStack withDatabaseBehindAProxy() {
        behindProxy = true;
        return this;
    }

    /** The web app served on {@code port} too, on one origin with the four APIs ({@link WebApp}). */
    public LocalStack withWebApp(int port) {
        webApp = new WebApp(root, port);
        return this;
    }

    /** The web app, if the stack was started {@link #withWebApp(int)}. */
    public WebApp webApp() {
        if (webApp == null) {
            throw new IllegalStateException("The stack was started without the web app");
        }
        return webApp;
    }

    public LocalStack start(Duration timeout) {
        postgres = PostgresLocator.locate(workDirectory.resolve("postgres"));
        services.keySet().forEach(name -> postgres.recreateDatabase(database(name)));
        PostgresServer reached = postgres;
        if (behindProxy) {
            databaseProxy = new TcpProxy(postgres.host(), postgres.port());
            reached = new PostgresServer("127.0.0.1", databaseProxy.port(), postgres.user(), postgres.password(),
                    postgres.origin() + " through a proxy");
        }
        PostgresServer database = reached;
        kafka.start();
        // The identity provider first: the services check every token against it.
        String issuer = identityProvider.url("").toString();
        List<String> identityArguments = new java.util.ArrayList<>(List.of("--spring.security.oauth2.authorizationserver.issuer=" + issuer));
        if (webApp != null) {
            identityArguments.add("--sammen.demo.web-origins=" + String.join(",", webApp.origins()));
        }
        identityProvider.start(root.resolve("tools").resolve("dev-identity").resolve("target").resolve("dev-identity.jar"),
                logOf(identityProvider.name()), identityArguments);
        identity = new DevIdentity(URI.create(issuer));
        services.values().forEach(service -> service.start(
                root.resolve("services").resolve(service.name()).resolve("target").resolve(service.name() + ".jar"),
                logOf(service.name()),
                List.of("--spring.datasource.url=" + database.jdbcUrl(database(service.name())),
                        "--spring.datasource.username=" + postgres.user(),
                        "--spring.datasource.password=" + postgres.password(),
                        "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer,
                        "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + issuer + "/oauth2/jwks",
                        // A development stack: the platform's development pseudonym key is allowed here only.
                        "--sammen.allow-development-keys=true")));
        try {
            CompletableFuture.allOf(java.util.stream.Stream.concat(Stream.of(identityProvider), services.values().stream())
                    .map(service -> CompletableFuture.runAsync(() -> service.awaitReady(timeout)))
                    .toArray(CompletableFuture[]::new)).join();
            if (webApp != null) {
                Map<String, URI> urls = new LinkedHashMap<>();
                services.forEach((name, service) -> urls.put(name, service.url("")));
                webApp.start(urls, URI.create(issuer), logOf("web"), timeout);
            }
        } catch (RuntimeException failed) {
            // One service did not come up: stop the others, or they outlive the caller.
            close();
            throw failed;
        }
        return this;
    }

    /** The development identity provider: demo people's tokens. */
    public DevIdentity identity() {
        return identity;
    }

    /** A client of {@code service} acting as the demo person {@code username}. */
    public StackHttp as(String username, String service) {
        return new StackHttp(url(service, ""), identity.token(username));
    }

    /** The proxy between the services and PostgreSQL, if the stack was started {@link #withDatabaseBehindAProxy()}. */
    public TcpProxy databaseProxy() {
        return databaseProxy;
    }

    /** Ends a service with SIGKILL, wherever it is. */
    public void kill(String service) {
        service(service).kill();
    }

    /** Starts a killed or stopped service again, as it was, and waits until it is ready. */
    public void restart(String service, Duration timeout) {
        service(service).restart(timeout);
    }

    /**
     * Starts one more replica of a running service: the same jar on the same database and broker,
     * on a free port, as a second pod of a deployment is. Reached as {@code <service>-2},
     * {@code -3}, …; its database is its service's.
     */
    public String addReplica(String service, Duration timeout) {
        long running = services.keySet().stream().filter(name -> name.equals(service) || name.startsWith(service + "-")).count();
        String name = service + "-" + (running + 1);
        services.put(name, service(service).replica(name, FreePorts.reserve(), logOf(name), timeout));
        return name;
    }

    private ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("No service " + name + " in the stack: " + services.keySet());
        }
        return service;
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
        return service(service).url(path);
    }

    /** What a service's process uses now (memory, CPU time), where the system tells. */
    Optional<ServiceProcess.Usage> usage(String service) {
        return service(service).usage();
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
        if (webApp != null) {
            webApp.close();
        }
        services.values().parallelStream().forEach(ServiceProcess::stop);
        identityProvider.stop();
        kafka.stop();
        if (databaseProxy != null) {
            databaseProxy.close();
        }
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
