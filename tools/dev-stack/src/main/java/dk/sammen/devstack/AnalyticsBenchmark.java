package dk.sammen.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.synthetic.PublishSyntheticMunicipality;
import dk.sammen.synthetic.SyntheticEvent;
import dk.sammen.synthetic.SyntheticMunicipality;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;


/**
 * {@code ./sammen bench analytics}: a synthetic municipality of 10,000 young people (about a
 * million events; {@code -Dbench.young-people=}) onto the topics, analytics catching up with it
 * live, query latency, then a full rebuild beside the live projections with readers querying all
 * the while; the rebuilt tables are compared with the live ones. Runs the real service jar;
 * prints figures; asserts nothing.
 */
public final class AnalyticsBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        int youngPeople = Integer.getInteger("bench.young-people", 10_000);
        BenchmarkStack.run("analytics", 18084, (stack, root) -> {
            StackHttp analytics = stack.as("anders", "analytics");
            StackHttp leader = stack.as("lene", "analytics");

            SyntheticMunicipality municipality = SyntheticMunicipality.of(1, youngPeople);
            long started = System.nanoTime();
            Instant publishing = Instant.now();
            long events = PublishSyntheticMunicipality.publish(municipality, stack.kafka().bootstrapServers(), "");
            System.out.printf("[figures] synthetic municipality: %,d young people, %,d events published in %.1f s%n",
                    youngPeople, events, seconds(started));

            started = System.nanoTime();
            try (Connection db = stack.postgres().connect(stack.database("analytics"))) {
                while (count(db, "SELECT count(*) FROM timeline_entry") < events) {
                    Thread.sleep(500);
                }
                double live = seconds(started);
                BenchmarkStack.profile("live-catch-up", publishing, Instant.now());
                System.out.printf("[figures] live projections caught up with %,d events in %.1f s: %,.0f events/s%n", events, live, events / live);

                // PostgreSQL's autovacuum would analyze the freshly filled tables; this machine's server runs without it.
                try (Statement analyze = db.createStatement()) {
                    analyze.execute("ANALYZE");
                }
                List<String> citizens = citizens(municipality);
                Map<String, Runnable> queries = queries(analytics, leader, citizens);
                queries.forEach((name, query) -> {
                    double[] latency = Load.latencies(20, 200, query);
                    System.out.printf("[figures] %s: p50 %.2f ms, p99 %.2f ms%n", name, latency[0], latency[1]);
                });

                Map<String, String> before = checksums(db);
                List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
                AtomicLong failed = new AtomicLong();
                AtomicBoolean rebuilding = new AtomicBoolean(true);
                Thread reader = Thread.ofPlatform().start(() -> {
                    List<Runnable> all = List.copyOf(queries.values());
                    while (rebuilding.get()) {
                        long start = System.nanoTime();
                        try {
                            all.get(ThreadLocalRandom.current().nextInt(all.size())).run();
                            nanos.add(System.nanoTime() - start);
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                        }
                    }
                });
                started = System.nanoTime();
                Instant rebuildStarted = Instant.now();
                String id = JSON.readTree(analytics.post("/rebuilds", "")).get("rebuildId").asText();
                JsonNode status;
                long lastPrint = 0;
                do {
                    Thread.sleep(1000);
                    status = JSON.readTree(analytics.get("/rebuilds/" + id));
                    if (System.nanoTime() - lastPrint > 30e9 && status.has("secondsToGo")) {
                        lastPrint = System.nanoTime();
                        System.out.printf("  rebuilding: %,d events replayed, %,.0f events/s, about %d s to go%n",
                                status.get("eventsReplayed").asLong(), status.get("eventsPerSecond").asDouble(), status.get("secondsToGo").asLong());
                    }
                } while ("RUNNING".equals(status.get("state").asText()));
                double rebuild = seconds(started);
                BenchmarkStack.profile("rebuild", rebuildStarted, Instant.now());
                rebuilding.set(false);
                reader.join();
                List<Long> sorted = new ArrayList<>(nanos);
                Collections.sort(sorted);
                System.out.printf("[figures] full rebuild (%s) of %,d events in %.1f s: %,.0f events/s (the service reports %,.0f)%n",
                        status.get("state").asText(), status.get("eventsReplayed").asLong(), rebuild,
                        status.get("eventsReplayed").asLong() / rebuild, status.get("eventsPerSecond").asDouble());
                System.out.printf("[figures] readers during the rebuild: %,d queries answered, %d failed; p50 %.2f ms, p99 %.2f ms%n",
                        sorted.size(), failed.get(), Load.percentile(sorted, 50), Load.percentile(sorted, 99));
                Map<String, String> after = checksums(db);
                System.out.printf("[figures] rebuilt projections equal the live ones: %s (%d tables compared)%n", before.equals(after), before.size());
                if (!before.equals(after)) {
                    before.forEach((table, sum) -> {
                        if (!sum.equals(after.get(table))) {
                            System.out.println("  differs: " + table);
                        }
                    });
                }
                double copy = copyCeiling(db);
                System.out.printf("[figures] the ceiling in the same run: COPY of the ledger's rows into an unlogged table keyed as the "
                                + "ledger, %,.0f rows/s; the rebuild replays at %.2f of it%n", copy,
                        status.get("eventsReplayed").asLong() / rebuild / copy);
            }
        });
    }

    private static Map<String, Runnable> queries(StackHttp analytics, StackHttp leader, List<String> citizens) {
        Map<String, Runnable> queries = new LinkedHashMap<>();
        queries.put("citizen timeline (cross-service, first page)", () -> analytics.get("/citizens/" + any(citizens) + "/timeline"));
        queries.put("indicators as of 2024-12-31", () -> analytics.get("/indicators?asOf=2024-12-31"));
        queries.put("survival curve by offer combination", () -> analytics.get("/trajectories/survival?by=OFFER_COMBINATION&asOf=2024-12-31"));
        queries.put("transition matrix by target group", () -> analytics.get("/trajectories/transitions?by=TARGET_GROUP&asOf=2024-12-31"));
        queries.put("annual status of each offer (2023)", () -> analytics.get("/indicators/offers?year=2023"));
        // The same as a centre leader sees them: their own centre's figures only.
        queries.put("indicators as of 2024-12-31, a centre leader's (C-BUR)", () -> leader.get("/indicators?asOf=2024-12-31"));
        queries.put("survival curve by offer combination, a centre leader's (C-BUR)",
                () -> leader.get("/trajectories/survival?by=OFFER_COMBINATION&asOf=2024-12-31"));
        return queries;
    }

    private static String any(List<String> ids) {
        return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
    }

    /** The young people by the services' ids, as a caller asks about them (analytics keeps ids of its own). */
    private static List<String> citizens(SyntheticMunicipality municipality) {
        return municipality.events().map(SyntheticEvent::event).filter(CourseOpenedV1.class::isInstance)
                .map(event -> ((CourseOpenedV1) event).citizenId().toString()).distinct().toList();
    }

    /** A digest of each projection table's rows, in a fixed order (not the audit trail's, which records the readers). */
    /**
     * What PostgreSQL takes at most here: the ledger's rows (the bulk of what a rebuild writes, its
     * JSON included), read out as CSV, then copied into an unlogged table with the ledger's key, timed.
     */
    private static double copyCeiling(Connection db) throws SQLException, IOException {
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        long count = copy.copyOut("COPY timeline_entry TO STDOUT (FORMAT csv)", rows);
        try (Statement statement = db.createStatement()) {
            statement.execute("CREATE UNLOGGED TABLE copy_ceiling (LIKE timeline_entry INCLUDING DEFAULTS)");
            statement.execute("ALTER TABLE copy_ceiling ADD PRIMARY KEY (event_id)");
            long started = System.nanoTime();
            copy.copyIn("COPY copy_ceiling FROM STDIN (FORMAT csv)", new ByteArrayInputStream(rows.toByteArray()));
            double seconds = (System.nanoTime() - started) / 1e9;
            statement.execute("DROP TABLE copy_ceiling");
            return count / seconds;
        }
    }

    private static Map<String, String> checksums(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE 'flyway%'"
                        + " AND table_name <> 'projection_rebuild' AND table_name NOT LIKE 'audit\\_%' ORDER BY 1")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        Map<String, String> sums = new LinkedHashMap<>();
        for (String table : tables) {
            try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                    "SELECT md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) FROM " + table + " t")) {
                rows.next();
                sums.put(table, rows.getString(1));
            }
        }
        return sums;
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
