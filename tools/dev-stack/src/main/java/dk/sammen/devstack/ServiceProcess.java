package dk.sammen.devstack;

import org.awaitility.Awaitility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** One service's executable jar, run as a child process of its own. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final int port;
    private Process process;
    private Path jar;
    private Path log;
    private List<String> arguments;
    private Instant startedAt;
    private Duration startUpTime;

    @SuppressWarnings("NullAway.Init") // the process, its jar, log and arguments are set when it starts
    ServiceProcess(String name, int port) {
        this.name = name;
        this.port = port;
    }

    String name() {
        return name;
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    Duration startUpTime() {
        return startUpTime;
    }

    /** System property with the services' JVM options; the default favours start-up time over peak speed. */
    static final String JVM_OPTIONS = "sammen.service.jvm-options";
    static final String DEFAULT_JVM_OPTIONS = "-Xmx512m -XX:TieredStopAtLevel=1";

    void start(Path jar, Path log, List<String> arguments) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw -DskipTests package)");
        }
        this.jar = jar;
        this.log = log;
        this.arguments = List.copyOf(arguments);
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        List<String> jvmOptions = List.of(System.getProperty(JVM_OPTIONS, DEFAULT_JVM_OPTIONS).trim().split("\\s+"));
        command.addAll(jvmOptions);
        if (StartupCache.enabled()) {
            List<String> training = new ArrayList<>(arguments);
            training.add("--server.port=0");
            command.addAll(StartupCache.launch(name, jar, jvmOptions, training, log));
        } else {
            command.addAll(List.of("-jar", jar.toString()));
        }
        command.add("--server.port=" + port);
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            startedAt = Instant.now();
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /** Waits until the readiness probe answers UP; the start-up time is measured up to then. */
    void awaitReady(Duration timeout) {
        Awaitility.await(name + " ready").atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting; see its log");
            }
            return ready();
        });
        startUpTime = Duration.between(startedAt, Instant.now());
    }

    boolean ready() {
        try {
            HttpRequest request = HttpRequest.newBuilder(url("/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * What the process uses, from {@code /proc} (Linux): its resident memory now and at its peak,
     * and the CPU time it has had, or nothing where there is no {@code /proc}.
     */
    Optional<Usage> usage() {
        if (process == null || !process.isAlive()) {
            return Optional.empty();
        }
        try {
            Map<String, Long> kilobytes = new HashMap<>();
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                String[] parts = line.split("\\s+");
                if (parts.length >= 2 && (parts[0].equals("VmRSS:") || parts[0].equals("VmHWM:"))) {
                    kilobytes.put(parts[0], Long.parseLong(parts[1]));
                }
            }
            Duration cpu = process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
            return Optional.of(new Usage(kilobytes.getOrDefault("VmRSS:", 0L) / 1024, kilobytes.getOrDefault("VmHWM:", 0L) / 1024, cpu));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Resident memory now and at its peak (MiB), and CPU time so far. */
    record Usage(long residentMiB, long peakResidentMiB, Duration cpu) {
    }

    /** SIGKILL: the process ends wherever it is, with no shutdown hook, as when a node dies. */
    void kill() {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Another process of the same jar with the same arguments (database, broker, issuer), on its own port and log. */
    ServiceProcess replica(String replicaName, int replicaPort, Path replicaLog, Duration timeout) {
        ServiceProcess replica = new ServiceProcess(replicaName, replicaPort);
        replica.start(jar, replicaLog, arguments);
        replica.awaitReady(timeout);
        return replica;
    }

    /** Starts the service again as it was started, its log appended to. */
    void restart(Duration timeout) {
        start(jar, log, arguments);
        awaitReady(timeout);
    }

    /** SIGTERM, so Spring shuts down gracefully; killed if it takes longer than 30 seconds. */
    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
