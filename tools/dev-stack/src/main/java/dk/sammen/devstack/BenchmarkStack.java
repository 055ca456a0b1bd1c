package dk.sammen.devstack;

import dk.sammen.platform.test.infra.KraftBroker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What every benchmark stands on: PostgreSQL, a KRaft broker of its own and one instance of the
 * service's real jar ({@code -Dbench.jvm=}, default {@code -Xmx1g}, full JIT), a database and Kafka
 * log of their own, removed afterwards; the machine is printed first. The service samples traces as
 * the chart sets production to ({@code -Dbench.tracing-sampling=}, default 0.1), not every request
 * as in development.
 *
 * <p>With {@code -Dbench.profile=true} each service runs under the Java Flight Recorder and, once
 * the services have stopped, the benchmark prints where their CPU went during each measurement it
 * marked with {@link #profile} ({@link ProfileSummary}); the recordings and their folded stacks stay
 * in {@code target/bench-profile/}.
 */
final class BenchmarkStack {

    interface Benchmark {
        void run(LocalStack stack, Path root) throws Exception;
    }

    private static final boolean PROFILE = Boolean.getBoolean("bench.profile");
    private static final Map<String, Instant[]> PROFILED = new LinkedHashMap<>();

    private BenchmarkStack() {
    }

    /** Marks a measurement whose profile is printed at the end, if profiling. */
    static void profile(String measurement, Load.Result result) {
        profile(measurement, result.measured()[0], result.measured()[1]);
    }

    /** Marks a measurement that ran from {@code from} to {@code to}. */
    static void profile(String measurement, Instant from, Instant to) {
        PROFILED.put(measurement, new Instant[]{from, to});
    }

    static void run(String service, int port, Benchmark benchmark) throws Exception {
        run(Map.of(service, port), benchmark);
    }

    /** The stack with several services, each on its port. */
    static void run(Map<String, Integer> services, Benchmark benchmark) throws Exception {
        Path root = Path.of(System.getProperty("sammen.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("sammen-bench-");
        Path recordings = root.resolve("target/bench-profile/" + System.currentTimeMillis());
        String recorder = "";
        if (PROFILE) {
            Files.createDirectories(recordings);
            recorder = " -XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + recordings + "/%p.jfr"
                    + " -XX:FlightRecorderOptions=stackdepth=512";
        }
        System.setProperty(ServiceProcess.JVM_OPTIONS, System.getProperty("bench.jvm", "-Xmx1g")
                + " -Dmanagement.tracing.sampling.probability=" + System.getProperty("bench.tracing-sampling", "0.1") + recorder);
        String prefix = "bench_" + UUID.randomUUID().toString().substring(0, 8);
        LocalStack stack = new LocalStack(root, work, prefix, KraftBroker.onFreePorts(), services);
        try (stack) {
            stack.start(Duration.ofMinutes(3));
            System.out.printf("[figures] machine: %d cores, JVM %s; %s with %s%n", Runtime.getRuntime().availableProcessors(),
                    Runtime.version(), String.join(" and ", services.keySet()), System.getProperty(ServiceProcess.JVM_OPTIONS));
            benchmark.run(stack, root);
            for (String service : services.keySet()) {
                stack.usage(service).ifPresent(usage -> System.out.printf(
                        "[figures] %s's process at the end: resident memory %d MiB (peak %d MiB), %.1f s of CPU since it started%n",
                        service, usage.residentMiB(), usage.peakResidentMiB(), usage.cpu().toMillis() / 1000.0));
            }
        } finally {
            if (stack.postgres() != null) {
                services.keySet().forEach(service -> stack.postgres().dropDatabase(stack.database(service)));
            }
            LocalStack.wipe(work);
        }
        if (PROFILE) {
            printProfiles(recordings);
        }
    }

    private static void printProfiles(Path recordings) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(recordings)) {
            files = listed.filter(file -> file.toString().endsWith(".jfr")).sorted().toList();
        }
        for (Path file : files) {
            for (Map.Entry<String, Instant[]> measurement : PROFILED.entrySet()) {
                System.out.printf("[profile] %s, during %s%n", file, measurement.getKey());
                Instant[] window = measurement.getValue();
                ProfileSummary.print(file, window[0], window[1]);
                ProfileSummary.fold(file, Path.of(file.toString().replace(".jfr", "-" + measurement.getKey() + ".folded")),
                        window[0], window[1]);
            }
        }
    }
}
