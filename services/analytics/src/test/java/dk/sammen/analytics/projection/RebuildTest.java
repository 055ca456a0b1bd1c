package dk.sammen.analytics.projection;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.analytics.AnalyticsHistory;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.synthetic.SyntheticEvent;
import dk.sammen.synthetic.SyntheticMunicipality;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rebuild over a generated history: it equals the live projections it replaces, and readers
 * are answered all the while. Its own context, so the history is the only one in the log.
 */
@TestPropertySource(properties = "sammen.analytics.test-context=rebuild")
class RebuildTest extends ServiceApiTest {

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;

    @Autowired
    Projections projections;

    @Autowired
    MeterRegistry meters;

    @Test
    void aRebuildEqualsTheLiveProjectionsAndReadersAreServedThroughout() throws InterruptedException {
        SyntheticMunicipality municipality = SyntheticMunicipality.of(11, 80);
        AnalyticsHistory history = new AnalyticsHistory(kafka, this::topic, jdbc);
        history.publish(municipality);
        history.awaitProjected(Duration.ofSeconds(120));
        Map<String, List<String>> live = snapshot();
        assertThat(live.get("occupation_change")).isNotEmpty();
        assertThat(live.get("meeting_fact")).isNotEmpty();
        // Asked about by the services' id, as a caller knows them.
        UUID aYoungPerson = municipality.events().map(SyntheticEvent::event).filter(CourseOpenedV1.class::isInstance)
                .map(event -> ((CourseOpenedV1) event).citizenId()).findFirst().orElseThrow();

        // The log is at least once: records taken in already, sent again, change nothing, in a rebuild either.
        CompletableFuture.allOf(municipality.events().limit(500)
                .map(event -> kafka.send(new ProducerRecord<>(topic(event.topic()), event.key(), event.cloudEvent())))
                .toArray(CompletableFuture[]::new)).join();

        // Damage the live projections, so only a rebuild from the log can make them whole again.
        jdbc.sql("DELETE FROM occupation_change WHERE event_id IN (SELECT event_id FROM occupation_change LIMIT 10)").update();
        jdbc.sql("UPDATE course_fact SET outcome = NULL").update();
        jdbc.sql("DELETE FROM meeting_fact").update();
        assertThat(snapshot()).isNotEqualTo(live);
        Map<String, List<String>> shape = shape();

        List<HttpStatus> answers = new CopyOnWriteArrayList<>();
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        Thread reader = Thread.ofVirtual().start(() -> {
            while (rebuilding.get()) {
                answers.add((HttpStatus) http.getForEntity("/indicators?asOf=2022-12-31", JsonNode.class).getStatusCode());
                answers.add((HttpStatus) http.getForEntity("/citizens/" + aYoungPerson + "/timeline", JsonNode.class).getStatusCode());
            }
        });

        ResponseEntity<JsonNode> accepted = http.postForEntity("/rebuilds", null, JsonNode.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        URI status = accepted.getHeaders().getLocation();
        List<JsonNode> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50)).until(() -> {
            JsonNode now = http.getForObject(status, JsonNode.class);
            seen.add(now);
            return !"RUNNING".equals(now.get("state").asText());
        });
        rebuilding.set(false);
        reader.join();

        JsonNode done = http.getForObject(status, JsonNode.class);
        assertThat(done.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(done.get("eventsReplayed").asLong()).isGreaterThanOrEqualTo(history.published());
        assertThat(done.get("eventsPerSecond").asDouble()).isPositive();
        assertThat(snapshot()).isEqualTo(live);
        assertThat(shape()).as("the rebuilt tables are filled unlogged and without their secondary indexes, and swapped in "
                + "logged, with every index and key the live ones had, by the same names").isEqualTo(shape);
        assertThat(answers).isNotEmpty().containsOnly(HttpStatus.OK);
        JsonNode running = seen.get(0);
        assertThat(running.get("state").asText()).isEqualTo("RUNNING");
        assertThat(meters.get("sammen.analytics.rebuild.running").gauge().value()).as("no rebuild running any more").isZero();
        assertThat(seen.stream().filter(s -> s.has("partitions") && !s.get("partitions").isEmpty()).findFirst())
                .hasValueSatisfying(s -> assertThat(s.get("partitions").get(0).get("end").asLong()).isPositive());

        // The live consumer carries on in the new tables.
        history.publish(SyntheticMunicipality.of(12, 2));
        history.awaitProjected(Duration.ofSeconds(30));
    }

    /** Every projection table's persistence (logged or not), indexes and constraints, as PostgreSQL describes them. */
    private Map<String, List<String>> shape() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : projections.tables()) {
            List<String> described = new ArrayList<>();
            described.add("persistence " + jdbc.sql("SELECT relpersistence::text FROM pg_class WHERE oid = ?::regclass")
                    .param(table).query(String.class).single());
            described.addAll(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ? ORDER BY indexname")
                    .param(table).query(String.class).list());
            described.addAll(jdbc.sql("SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = ?::regclass "
                    + "ORDER BY conname").param(table).query(String.class).list());
            tables.put(table, described);
        }
        return tables;
    }

    /** Every projection table's rows as text, in a fixed order. */
    private Map<String, List<String>> snapshot() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : projections.tables()) {
            tables.put(table, jdbc.sql("SELECT t::text FROM " + table + " t ORDER BY 1").query(String.class).list());
        }
        return tables;
    }

}
