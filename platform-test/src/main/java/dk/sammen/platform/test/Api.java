package dk.sammen.platform.test;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Calling a service's API as a front end does, and checking what it answers. */
public final class Api {

    private Api() {
    }

    public static ResponseEntity<JsonNode> post(TestRestTemplate http, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(path, new HttpEntity<>(json, headers), JsonNode.class);
    }

    /**
     * A file uploaded as a front end's form sends it ({@code multipart/form-data}, the file in the part {@code file}), with
     * further form fields as name-value pairs.
     *
     * @param fileName null for a form without the file
     */
    public static ResponseEntity<JsonNode> upload(TestRestTemplate http, String path, String fileName, byte[] bytes, String... fields) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        if (fileName != null) {
            form.add("file", new ByteArrayResource(bytes) {
                @Override
                public String getFilename() {
                    return fileName;
                }
            });
        }
        for (int i = 0; i < fields.length; i += 2) {
            form.add(fields[i], fields[i + 1]);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity(path, new HttpEntity<>(form, headers), JsonNode.class);
    }

    /** A {@code 201 Created} whose {@code Location} is {@code collection/{id}}; returns the id. */
    public static UUID assertCreated(ResponseEntity<JsonNode> response, String collection) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        UUID id = UUID.fromString(response.getBody().get("id").asText());
        assertThat(response.getHeaders().getLocation().getPath()).isEqualTo(collection + "/" + id);
        return id;
    }

    /** An RFC 9457 problem with this status whose {@code errors} name {@code field}. */
    public static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String field) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("status").asInt()).isEqualTo(status.value());
        assertThat(response.getBody().get("errors").findValuesAsText("field")).contains(field);
    }

    /** A {@code 409} problem naming the domain rule the request would have broken. */
    public static void assertRuleViolated(ResponseEntity<JsonNode> response, String rule) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("rule").asText()).isEqualTo(rule);
        assertThat(response.getBody().get("detail").asText()).isNotBlank();
    }

    /** A request with a JSON body (or none) and optional extra headers, as a front end sends it. */
    public static ResponseEntity<JsonNode> send(TestRestTemplate http, HttpMethod method, String path, String json,
                                                HttpHeaders extra) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (extra != null) {
            headers.addAll(extra);
        }
        return http.exchange(path, method, new HttpEntity<>(json, headers), JsonNode.class);
    }

    /**
     * A read made right after a change, as a front end makes it: with the change's
     * {@code Consistency-Token} sent back, so the answer reflects the change.
     */
    public static ResponseEntity<JsonNode> readAfter(TestRestTemplate http, String path, ResponseEntity<?> change) {
        String token = change.getHeaders().getFirst("Consistency-Token");
        assertThat(token).as("the Consistency-Token of the change to " + path).isNotBlank();
        HttpHeaders headers = new HttpHeaders();
        headers.set("Consistency-Token", token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    /** How many events the service's event store holds: bad input must not change it. */
    public static long storedEvents(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }

    /**
     * How many events of one kind are stored (the payload type's simple name): what a refused
     * request would have stored, unmoved by deadlines and policies working in the background.
     */
    public static long storedEvents(JdbcClient jdbc, String eventName) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE ? OR payload_type LIKE ?")
                .params("%." + eventName, "%$" + eventName).query(Long.class).single();
    }

    /** The stored events of one aggregate as the database holds them, payloads read as text: what a look at the raw table shows. */
    public static List<String> storedPayloads(JdbcClient jdbc, UUID aggregateId) {
        return jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(aggregateId.toString()).query(String.class).list();
    }

    /** Whether the data key of a subject (a course, an underretning, a young person) was erased: crypto-shredding. */
    public static boolean dataKeyErased(JdbcClient jdbc, UUID subject) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM data_key WHERE subject_id = ? AND wrapped_keyset IS NULL)")
                .param(subject).query(Boolean.class).single();
    }

    /** How many events one aggregate has: a refused command leaves it unchanged. */
    public static long storedEventsOf(JdbcClient jdbc, UUID aggregateId) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(aggregateId.toString()).query(Long.class).single();
    }

    /** The id of the one event stored for an aggregate, which is also its CloudEvent id. */
    public static String storedEventId(JdbcClient jdbc, UUID aggregateId) {
        return jdbc.sql("SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(aggregateId.toString()).query(String.class).single();
    }

    /**
     * The value of a series on the service's Prometheus scrape: the first line of the metric whose
     * labels contain {@code label} (empty for any).
     */
    public static long metric(TestRestTemplate http, String name, String label) {
        String scrape = http.getForObject("/actuator/prometheus", String.class);
        return scrape.lines()
                .filter(line -> (line.startsWith(name + " ") || line.startsWith(name + "{")) && line.contains(label))
                .map(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError(name + " " + label + " is not on /actuator/prometheus"));
    }
}
