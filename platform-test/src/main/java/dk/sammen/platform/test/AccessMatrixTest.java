package dk.sammen.platform.test;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix of a service's README ("## Access"), held against the service itself: every
 * operation of its OpenAPI document must have a row (and every row an operation), refuses a
 * call without a token (401), and answers each role as its cell says. A cell is {@code yes}
 * (let through), {@code no} (403), {@code team} (let through to a course they are on; the test
 * asks about a course that does not exist, which a professional is told is not found),
 * {@code provider} (the same, for the staff of the centre providing an offer), {@code centre}
 * (let through, to the figures of the centre in their token), or {@code own} (only their own:
 * asked about another's, 403), and {@code emergency} (a caseworker off the team with an active
 * break-the-glass grant; with ids of nothing, as {@code no}). A cell may name more than one,
 * e.g. {@code team, provider}. A call let through passes only with an answer below 500.
 *
 * <p>With real relations: an operation whose path names a young person, a course, an
 * underretning, a referral or a need is also asked about a real one ({@link #relations()}), by
 * each person in a relation to it — on the team, same centre off the team, another centre the
 * consent does not name, consent withdrawn, an active and an expired emergency grant, the young
 * person, a guardian, someone else's guardian, the provider — and each is let through (an answer
 * below 500 other than 401/403) or refused (403) as the cell of their role says for their relation.
 *
 * <p>A context of its own: the calls change things (a catalogue import, a rebuild).
 */
@TestPropertySource(properties = "sammen.test.context=access-matrix")
public abstract class AccessMatrixTest extends ServiceApiTest {

    static final List<String> ROLES = List.of("caseworker", "team-member", "centre-leader", "intake-worker",
            "catalogue-editor", "analyst", "dpo", "operator", "young-person", "guardian");
    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

    @Test
    void everyEndpointIsInTheMatrixAndAnswersEachRoleAsItSays() throws IOException {
        Map<String, Map<String, String>> matrix = readMatrix(Path.of("README.md"));
        JsonNode document = anonymous().getForObject("/v3/api-docs", JsonNode.class);
        List<String> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> operations.add(method.toUpperCase() + " " + path.getKey()));
        }
        assertThat(new TreeSet<>(matrix.keySet())).as("the README's access matrix has exactly the service's operations")
                .isEqualTo(new TreeSet<>(operations));

        List<String> wrong = new ArrayList<>();
        for (String operation : operations) {
            int none = call(anonymous(), operation).getStatusCode().value();
            if (none != 401) {
                wrong.add(operation + " without a token: " + none + " (expected 401)");
            }
            for (String role : ROLES) {
                String cell = matrix.get(operation).get(role);
                TestIdentity someone = role.equals("guardian") ? TestIdentity.guardianOf(UUID.randomUUID())
                        : role.equals("young-person") ? TestIdentity.youngPerson(UUID.randomUUID()) : TestIdentity.with(role);
                int status = call(as(someone), operation).getStatusCode().value();
                boolean refused = status == 403;
                boolean expectRefusal = words(cell).stream().allMatch(word -> word.equals("no") || word.equals("own")
                        || word.equals("emergency"));
                if (status == 401 || refused != expectRefusal || (!expectRefusal && status >= 500)) {
                    wrong.add(operation + " as " + role + ": " + status + " (matrix: " + cell + ")");
                }
            }
        }
        assertThat(wrong).as("calls answered otherwise than the access matrix says").isEmpty();
    }

    /** The path variables that name a young person or their case: an operation naming one is asked about a real one. */
    static final Set<String> ABOUT_A_PERSON = Set.of("citizenId", "courseId", "underretningId", "referralId", "needId");

    /** Real resources of this service, with the people in each relation to them; a service with none about a person has none. */
    protected List<Relations.Kind> relations() {
        return List.of();
    }

    @Test
    void everyOperationOnARealResourceAnswersEachRelationAsTheMatrixSays() throws IOException {
        Map<String, Map<String, String>> matrix = readMatrix(Path.of("README.md"));
        Map<String, List<Relations.Kind>> kinds = new LinkedHashMap<>();
        relations().forEach(kind -> kinds.computeIfAbsent(kind.variable(), variable -> new ArrayList<>()).add(kind));
        List<String> untested = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (String operation : matrix.keySet()) {
            String path = operation.substring(operation.indexOf(' ') + 1);
            List<String> variables = variablesOf(path);
            Optional<String> resource = variables.stream().filter(kinds::containsKey).findFirst();
            if (resource.isEmpty()) {
                variables.stream().filter(ABOUT_A_PERSON::contains).findFirst().ifPresent(variable -> untested.add(operation));
                continue;
            }
            for (Relations.Kind kind : kinds.get(resource.get())) {
                Relations.Scene scene = kind.setUp().get();
                List<Relations.Party> parties = new ArrayList<>(scene.parties());
                parties.sort(Comparator.comparing(party -> admits(matrix.get(operation), party)));
                for (Relations.Party party : parties) {
                    boolean expectAllowed = admits(matrix.get(operation), party);
                    String filled = operation.substring(0, operation.indexOf(' ') + 1) + fill(path, scene.variables());
                    int status = call(as(party.identity()), filled).getStatusCode().value();
                    calls++;
                    boolean ok = expectAllowed ? status != 401 && status != 403 && status < 500 : status == 403;
                    if (!ok) {
                        wrong.add(operation + " on " + kind.name() + " as " + party.relation() + " (" + party.identity().roles().getFirst()
                                + "): " + status + " (matrix: " + matrix.get(operation).get(party.identity().roles().getFirst()) + ")");
                    }
                }
            }
        }
        assertThat(untested).as("operations about a young person with no real resource to ask about").isEmpty();
        assertThat(calls).as("calls made with real relations").isPositive();
        assertThat(wrong).as("calls on real resources answered otherwise than the access matrix says").isEmpty();
    }

    private static boolean admits(Map<String, String> row, Relations.Party party) {
        String cell = row.get(party.identity().roles().getFirst());
        return words(cell).stream().anyMatch(party.admittedBy()::contains);
    }

    private static List<String> words(String cell) {
        return List.of(cell.split(",\\s*"));
    }

    private static List<String> variablesOf(String path) {
        List<String> names = new ArrayList<>();
        Matcher variables = VARIABLE.matcher(path);
        while (variables.find()) {
            names.add(variables.group().substring(1, variables.group().length() - 1));
        }
        return names;
    }

    /** Path variables filled from {@code known}, the rest with ids of nothing. */
    private static String fill(String path, Map<String, String> known) {
        Matcher variables = VARIABLE.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (variables.find()) {
            String name = variables.group().substring(1, variables.group().length() - 1);
            variables.appendReplacement(filled, known.getOrDefault(name, UUID.randomUUID().toString()));
        }
        return variables.appendTail(filled).toString();
    }

    private static ResponseEntity<String> call(TestRestTemplate client, String operation) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = fill(operation.substring(operation.indexOf(' ') + 1));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL));
        HttpEntity<String> body = new HttpEntity<>(method.equals("GET") || method.equals("DELETE") ? null : "{}", headers);
        return client.exchange(path, HttpMethod.valueOf(method), body, String.class);
    }

    /** Path variables filled with ids of nothing. */
    private static String fill(String path) {
        return fill(path, Map.of());
    }

    /** The table under "## Access": operation → role → cell. */
    static Map<String, Map<String, String>> readMatrix(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme);
        int heading = lines.indexOf("## Access");
        assertThat(heading).as(readme + " has a '## Access' section").isNotNegative();
        Map<String, Map<String, String>> matrix = new LinkedHashMap<>();
        List<String> columns = null;
        for (String line : lines.subList(heading + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|") || line.startsWith("|--") || line.startsWith("| --")) {
                continue;
            }
            List<String> cells = List.of(line.substring(1, line.lastIndexOf('|')).split("\\|")).stream()
                    .map(cell -> cell.strip().replace("`", "")).toList();
            if (columns == null) {
                columns = cells;
                assertThat(columns.subList(1, columns.size())).as("the matrix's role columns").isEqualTo(ROLES);
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 1; i < cells.size(); i++) {
                for (String part : cells.get(i).split(",\\s*")) {
                    assertThat(part).as(cells.getFirst() + " / " + columns.get(i))
                            .isIn("yes", "no", "team", "provider", "centre", "own", "emergency");
                }
                row.put(columns.get(i), cells.get(i));
            }
            assertThat(matrix.put(cells.getFirst(), row)).as("one row for " + cells.getFirst()).isNull();
        }
        return matrix;
    }
}
