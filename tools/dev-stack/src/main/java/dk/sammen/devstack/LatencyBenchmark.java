package dk.sammen.devstack;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code ./sammen bench latency}: how soon a caseworker's change is seen, by the front end that
 * made it and by analytics. Plans and analytics run from their real jars on PostgreSQL and the
 * KRaft broker. One change at a time, at random intervals (never in step with a processor's or a
 * consumer's own rhythm), each a progression recorded on one of a set of active courses:
 * <ul>
 * <li>change → one-plan view: from the change's answer to the answer of a read of the course that
 * sends back its {@code Consistency-Token} (what a front end waits before it shows the change);</li>
 * <li>change → analytics: from the change's answer to the moment the event (its CloudEvent id is
 * the token) is in analytics' timeline, read from analytics' database every millisecond.</li>
 * </ul>
 * Not a test: nothing is asserted.
 */
public final class LatencyBenchmark {

    public static void main(String[] args) throws Exception {
        int samples = Integer.parseInt(System.getProperty("bench.samples", "500"));
        int warmUp = Integer.parseInt(System.getProperty("bench.warm-up", "100"));
        int maxPauseMillis = Integer.parseInt(System.getProperty("bench.max-pause-ms", "150"));
        BenchmarkStack.run(Map.of("plans", 18081, "analytics", 18084), (stack, root) -> {
            StackHttp plans = stack.as("rikke", "plans");
            PlansBenchmark setUp = new PlansBenchmark(plans, stack.identity().id("rikke"));
            List<UUID[]> courses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                courses.add(setUp.activeCourse());
            }
            List<Long> toView = new ArrayList<>();
            List<Long> toAnalytics = new ArrayList<>();
            ExecutorService watcher = Executors.newSingleThreadExecutor();
            try (Connection analytics = stack.postgres().connect(stack.database("analytics"))) {
                for (int i = 0; i < warmUp + samples; i++) {
                    Thread.sleep(ThreadLocalRandom.current().nextInt(maxPauseMillis + 1));
                    UUID[] course = courses.get(i % courses.size());
                    HttpResponse<String> change = plans.send("POST", "/courses/" + course[0] + "/progression", """
                            {"dimension": "ATTENDANCE", "scaleMin": 0, "scaleMax": 100, "value": %d, "measuredBy": "%s", "measuredOn": "%s"}"""
                            .formatted(i % 100, course[1], LocalDate.now()));
                    long answered = System.nanoTime();
                    if (change.statusCode() != 201) {
                        throw new IllegalStateException("The change answered " + change.statusCode() + ": " + change.body());
                    }
                    String token = change.headers().firstValue("Consistency-Token").orElseThrow();
                    Future<Long> inAnalytics = watcher.submit(() -> awaitInTimeline(analytics, token));
                    HttpResponse<String> view = StackHttp.send(plans.request("/courses/" + course[0])
                            .header("Consistency-Token", token).GET().build());
                    long seen = System.nanoTime();
                    if (view.statusCode() != 200) {
                        throw new IllegalStateException("The read after the change answered " + view.statusCode() + ": " + view.body());
                    }
                    long arrived = inAnalytics.get();
                    if (i >= warmUp) {
                        toView.add(seen - answered);
                        toAnalytics.add(arrived - answered);
                    }
                }
            } finally {
                watcher.shutdownNow();
            }
            print("change -> one-plan view (a read sending the change's Consistency-Token, answered)", toView, maxPauseMillis);
            print("change -> analytics (the event in analytics' timeline)", toAnalytics, maxPauseMillis);
            print("the floor in the same run: a record produced (acks=all) until a waiting consumer has it, same broker",
                    KafkaRoundTrip.measure(stack.kafka().bootstrapServers(), warmUp, samples, maxPauseMillis), maxPauseMillis);
        });
    }

    /** When the event with this CloudEvent id is in analytics' timeline (nanoTime), asked every millisecond for at most 30 s. */
    private static long awaitInTimeline(Connection analytics, String eventId) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (PreparedStatement query = analytics.prepareStatement("SELECT 1 FROM timeline_entry WHERE event_id = ?")) {
            query.setString(1, eventId);
            while (System.nanoTime() < deadline) {
                try (ResultSet found = query.executeQuery()) {
                    if (found.next()) {
                        return System.nanoTime();
                    }
                }
                Thread.sleep(1);
            }
        }
        throw new IllegalStateException("Event " + eventId + " did not reach analytics within 30 s");
    }

    private static void print(String what, List<Long> nanos, int maxPauseMillis) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("[figures] %s: p50 %.1f ms, p99 %.1f ms, max %.1f ms over %d samples at random intervals (0-%d ms apart)%n",
                what, Load.percentile(sorted, 50), Load.percentile(sorted, 99), sorted.getLast() / 1_000_000.0, sorted.size(),
                maxPauseMillis);
    }
}
