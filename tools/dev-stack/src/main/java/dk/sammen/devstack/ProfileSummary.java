package dk.sammen.devstack;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where a service's CPU went while a benchmark loaded it: reads the execution samples of a Java
 * Flight Recording (JDK's own profiler, {@code -Dbench.profile=true}) and prints the share of
 * samples by thread, by the library the running code belongs to (self and inclusive), by
 * Sammen's own methods (inclusive) and the hottest methods. {@code jfr view hot-methods} would
 * do part of it, but fails on the JDK 25 used here on some hidden-class method names.
 */
public final class ProfileSummary {

    /** Libraries, by the first package prefix that matches; ordered so that the more specific wins. */
    private static final Map<String, List<String>> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("PostgreSQL driver", List.of("org.postgresql."));
        AREAS.put("connection pool (Hikari)", List.of("com.zaxxer."));
        AREAS.put("JSON (Jackson)", List.of("com.fasterxml.jackson."));
        AREAS.put("encryption (Tink, JCA)", List.of("com.google.crypto.", "javax.crypto.", "com.sun.crypto.", "sun.security."));
        AREAS.put("JWT (Nimbus)", List.of("com.nimbusds."));
        AREAS.put("logging", List.of("ch.qos.logback.", "org.slf4j.", "org.apache.logging."));
        AREAS.put("tracing and metrics (Micrometer, OpenTelemetry)", List.of("io.micrometer.", "io.opentelemetry."));
        AREAS.put("Axon", List.of("org.axonframework."));
        AREAS.put("Kafka client", List.of("org.apache.kafka."));
        AREAS.put("Spring Security", List.of("org.springframework.security."));
        AREAS.put("Spring JDBC and transactions", List.of("org.springframework.jdbc.", "org.springframework.transaction."));
        AREAS.put("Spring web and validation", List.of("org.springframework.web.", "org.springframework.http.", "org.hibernate.validator.",
                "jakarta.validation."));
        AREAS.put("Spring (other)", List.of("org.springframework."));
        AREAS.put("Tomcat", List.of("org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat."));
        AREAS.put("Sammen", List.of("dk.sammen."));
        AREAS.put("JDK", List.of("java.", "javax.", "jdk.", "sun.", "com.sun."));
    }

    private ProfileSummary() {
    }

    /**
     * {@code ProfileSummary <recording.jfr> [folded-stacks.txt [from to]]}: the summary, and the
     * stacks folded for a flame graph; {@code from} and {@code to} (ISO instants) narrow both to a window.
     */
    public static void main(String[] args) throws IOException {
        Instant from = args.length > 3 ? Instant.parse(args[2]) : Instant.MIN;
        Instant to = args.length > 3 ? Instant.parse(args[3]) : Instant.MAX;
        print(Path.of(args[0]), from, to);
        if (args.length > 1) {
            fold(Path.of(args[0]), Path.of(args[1]), from, to);
        }
    }

    /**
     * Writes the samples as folded stacks (thread;outermost;…;innermost count), the input of the
     * usual flame-graph tools, and easy to grep for one method's callers.
     */
    static void fold(Path recording, Path folded, Instant from, Instant to) throws IOException {
        Map<String, Integer> stacks = new HashMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                    || event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
                continue;
            }
            StringBuilder stack = new StringBuilder(threadGroup(threadName(event)));
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            for (int i = frames.size() - 1; i >= 0; i--) {
                stack.append(';').append(name(frames.get(i).getMethod()));
            }
            stacks.merge(stack.toString(), 1, Integer::sum);
        }
        List<String> lines = stacks.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue()).sorted().toList();
        Files.write(folded, lines);
    }

    private static @Nullable String threadName(RecordedEvent event) {
        var sampled = event.getThread("sampledThread");
        return sampled == null ? null : sampled.getJavaName() != null ? sampled.getJavaName() : sampled.getOSName();
    }

    /** Prints the summary of the samples taken between {@code from} and {@code to}. */
    static void print(Path recording, Instant from, Instant to) throws IOException {
        Map<String, Integer> byThread = new HashMap<>();
        Map<String, Integer> selfByArea = new HashMap<>();
        Map<String, Integer> inclusiveByArea = new HashMap<>();
        Map<String, Integer> inclusiveSammen = new HashMap<>();
        Map<String, Integer> selfByMethod = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                    || event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
                continue;
            }
            samples++;
            byThread.merge(threadGroup(threadName(event)), 1, Integer::sum);
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            String top = name(frames.getFirst().getMethod());
            selfByMethod.merge(top, 1, Integer::sum);
            selfByArea.merge(area(top), 1, Integer::sum);
            Set<String> areas = new HashSet<>();
            Set<String> ours = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String method = name(frame.getMethod());
                areas.add(area(method));
                if (method.startsWith("dk.sammen.")) {
                    ours.add(method);
                }
            }
            areas.forEach(area -> inclusiveByArea.merge(area, 1, Integer::sum));
            ours.forEach(method -> inclusiveSammen.merge(method, 1, Integer::sum));
        }
        if (samples == 0) {
            System.out.println("[profile] no CPU samples in this window (the start-up cache's training run, which only starts the service)");
            return;
        }
        System.out.printf("[profile] %d CPU samples of the service (Java Flight Recorder, profile settings)%n", samples);
        table("by thread", byThread, samples, 12);
        table("by library, running (self)", selfByArea, samples, 20);
        table("by library, on the stack (inclusive)", inclusiveByArea, samples, 20);
        table("Sammen's methods on the stack (inclusive)", inclusiveSammen, samples, 25);
        table("hottest methods (self)", selfByMethod, samples, 25);
    }

    private static void table(String title, Map<String, Integer> counts, int total, int limit) {
        System.out.printf("[profile] %s:%n", title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())).limit(limit)
                .forEach(entry -> System.out.printf("[profile]   %5.1f %%  %s%n", 100.0 * entry.getValue() / total, entry.getKey()));
    }

    private static String name(RecordedMethod method) {
        return method == null ? "?" : method.getType().getName() + "." + method.getName();
    }

    private static String area(String method) {
        Predicate<String> matches = method::startsWith;
        return AREAS.entrySet().stream().filter(entry -> entry.getValue().stream().anyMatch(matches)).map(Map.Entry::getKey)
                .findFirst().orElse("other: " + method.substring(0, Math.max(0, method.indexOf('.', method.indexOf('.') + 1))));
    }

    /** Thread names without their numbers, so a pool's threads count together. */
    private static String threadGroup(@Nullable String thread) {
        if (thread == null) {
            return "?";
        }
        return thread.replaceAll("[-#]?\\d+", "").replaceAll("\\[.*]", "[…]");
    }
}
