package dk.sammen.platform.test.infra;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.awaitility.Awaitility;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one), run in-process
 * from the Kafka server classes that spring-kafka-test brings. Unlike spring-kafka-test's
 * {@code EmbeddedKafkaKraftBroker}, it listens on a fixed address and keeps its log directory, so
 * it can be {@link #stop() stopped} and {@link #start() started} again with its data: the
 * outage a service must survive, and a local stack whose log outlives a restart.
 */
public final class KraftBroker implements KafkaServer, AutoCloseable {

    private static final String CONTROLLER = "CONTROLLER";

    private final int port;
    private final int controllerPort;
    private final Path logDirectory;
    private final Properties config;
    private KafkaRaftServer server;

    private KraftBroker(int port, int controllerPort, Path logDirectory) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.logDirectory = logDirectory;
        this.config = config();
    }

    /** A broker on free ports with a throw-away log directory. */
    public static KraftBroker onFreePorts() {
        try {
            List<Integer> ports = FreePorts.reserve(2);
            return new KraftBroker(ports.get(0), ports.get(1), Files.createTempDirectory("sammen-kafka-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker on the given ports whose log lives in {@code logDirectory} across restarts. */
    public static KraftBroker at(int port, int controllerPort, Path logDirectory) {
        return new KraftBroker(port, controllerPort, logDirectory);
    }

    public synchronized KraftBroker start() {
        if (server != null) {
            return this;
        }
        keepKafkaFromExitingTheJvm();
        formatIfNew();
        server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
        server.startup();
        awaitReady(Duration.ofSeconds(60));
        return this;
    }

    /** Shuts the broker down; clients see it as gone until {@link #start()}. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public String origin() {
        return "in-process KRaft broker, log in " + logDirectory;
    }

    @Override
    public void close() {
        stop();
    }

    private Properties config() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER + "://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
        p.put("controller.listener.names", CONTROLLER);
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDirectory.toString());
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // Topics are created deliberately, with infinite retention, by the services themselves.
        p.put("auto.create.topics.enable", "false");
        p.put("log.retention.ms", "-1");
        p.put("num.partitions", "6");
        p.put("log.flush.interval.messages", "1");
        return p;
    }

    private void formatIfNew() {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDirectory);
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logDirectory.toString()))
                    .setMetadataLogDirectory(logDirectory.toString())
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setControllerListenerName(CONTROLLER)
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format the Kafka log directory " + logDirectory, e);
        }
    }

    private void awaitReady(Duration timeout) {
        Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(adminConfig)) {
            Awaitility.await("Kafka broker on " + bootstrapServers() + " ready")
                    .atMost(timeout).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                    .until(() -> !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty());
        }
    }

    /** On fatal errors Kafka calls Exit, which would end the test run or the whole local stack. */
    private static void keepKafkaFromExitingTheJvm() {
        Exit.setExitProcedure((status, message) -> {
            throw new IllegalStateException("Kafka asked to exit(" + status + "): " + message);
        });
        Exit.setHaltProcedure((status, message) -> {
            throw new IllegalStateException("Kafka asked to halt(" + status + "): " + message);
        });
    }
}
