package dk.sammen.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The real system end to end: the four service jars as processes, a real PostgreSQL and a real
 * KRaft broker, as {@code ./sammen up} runs them (on free ports, with databases of its own).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSkeletonTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalStack stack;
    private UUID youngPerson;
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @BeforeAll
    void startTheSystem() throws IOException {
        Path root = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
        // The trace points (a line per command dispatched, event published and event projected) are DEBUG.
        System.setProperty(ServiceProcess.JVM_OPTIONS, ServiceProcess.DEFAULT_JVM_OPTIONS + " -Dlogging.level.sammen.trace=DEBUG");
        stack = LocalStack.onFreePorts(root, "e2e")
                .withDatabaseBehindAProxy()
                .start(Duration.ofMinutes(4));
        stack.startUpTimes().forEach((name, time) -> System.out.printf("[figures] %s ready in %d ms%n", name, time.toMillis()));
        youngPerson = registerYoungPerson();
    }

    @AfterAll
    void stopTheSystem() {
        if (stack != null) {
            stack.close();
            stack.dropDatabases();
        }
    }

    @Test
    void anOpenedCourseShowsUpInTheAnalyticsTimelineWithinTwoSeconds() throws Exception {
        openCourse(newYoungPerson()); // the first event also warms up every hop
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Instant sent = Instant.now();
            UUID courseId = openCourse(newYoungPerson());
            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
                    .until(() -> timelineSize(courseId) == 1);
            millis.add(Duration.between(sent, Instant.now()).toMillis());
        }
        System.out.printf("[figures] command to analytics timeline, ms: %s%n", millis);
    }

    /**
     * The trace context of the HTTP request travels with the command into the event store, with
     * the relay onto Kafka, and into analytics: the same trace id in the logs of plans (the
     * command, the relay publishing its event) and of analytics (projecting it).
     */
    @Test
    void oneCommandIsOneTraceThroughPlansTheRelayKafkaAndAnalytics() throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        HttpResponse<String> response = HTTP.send(request("plans", "/courses")
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-" + traceId.substring(0, 16) + "-01")
                .POST(HttpRequest.BodyPublishers.ofString("{\"citizenId\":\"" + newYoungPerson() + "\",\"reason\":\"HIGH_SCHOOL_ABSENCE\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        UUID courseId = UUID.fromString(JSON.readTree(response.body()).get("id").asText());
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).until(() -> timelineSize(courseId) == 1);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() ->
                linesWith(stack.logOf("plans"), traceId).stream().anyMatch(line -> line.contains("Publishing dk.sammen.plans.course-opened.v1"))
                        && linesWith(stack.logOf("analytics"), traceId).stream()
                        .anyMatch(line -> line.contains("Projecting dk.sammen.plans.course-opened.v1")));
        List<String> plans = linesWith(stack.logOf("plans"), traceId);
        assertThat(plans).anyMatch(line -> line.contains("Command OpenCourse dispatched"));
        assertThat(plans).anyMatch(line -> line.contains("Publishing dk.sammen.plans.course-opened.v1")
                && line.contains("event-relay"));
        plans.forEach(line -> System.out.println("[trace] plans: " + line));
        linesWith(stack.logOf("analytics"), traceId).forEach(line -> System.out.println("[trace] analytics: " + line));
    }

    /** Every service takes the development identity provider's tokens, and nothing without one. */
    @Test
    void everyServiceTakesTheIdentityProvidersTokensAndRefusesCallsWithout() throws Exception {
        for (String service : LocalStack.DEFAULT_PORTS.keySet()) {
            HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(stack.url(service, "/audit-trail")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).as(service).isEqualTo(401);
            HttpResponse<String> dpo = HTTP.send(request("dorte", service, "/audit-trail/verification").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(dpo.statusCode()).as(service + " " + dpo.body()).isEqualTo(200);
            assertThat(JSON.readTree(dpo.body()).get("intact").asBoolean()).as(service).isTrue();
        }
    }

    /**
     * Every metric the alerts and the dashboard use is one the running services expose, so no
     * alert waits on a series that never exists.
     */
    @Test
    void everyMetricTheAlertsAndTheDashboardUseIsExposed() throws Exception {
        Path chart = Path.of(System.getProperty("user.dir")).resolve("../../deploy/helm/sammen").normalize();
        String queries = Files.readString(chart.resolve("templates/prometheusrule.yaml"))
                + Files.readString(chart.resolve("dashboards/sammen-overview.json"));
        java.util.Set<String> used = new java.util.TreeSet<>();
        java.util.regex.Matcher names = java.util.regex.Pattern.compile("\\b(sammen|kafka_consumer|http_server)_[a-z_]+\\b").matcher(queries);
        while (names.find()) {
            used.add(names.group());
        }
        StringBuilder scrapes = new StringBuilder();
        for (String service : LocalStack.DEFAULT_PORTS.keySet()) {
            scrapes.append(HTTP.send(HttpRequest.newBuilder(stack.url(service, "/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        }
        assertThat(used).contains("sammen_relay_lag_events", "sammen_referrals_deadline_breaches_total");
        for (String metric : used) {
            assertThat(scrapes.toString()).as(metric + " is used by an alert or the dashboard").containsPattern("(?m)^" + metric + "[{ ]");
        }
    }

    /**
     * The log scanner: after everything above ran (the Maja case sends CPR numbers and names),
     * no service's log holds a CPR number, a name sent in, or the reasoning of an assessment or a decision.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void noServiceLogsAPersonsCprNumberNameOrWords() throws IOException {
        // The exact values sent, CPR numbers with and without the dash: a pattern for "any CPR number"
        // also matches Kafka's session ids and counters in the logs.
        List<String> sent = new ArrayList<>(List.of("Ung E2E", "Datter E2E", "Maja E2E", "Slet E2E", "dyrepasser", "hjemmet",
                "Mønster over flere år", "Gentagne underretninger fra flere kilder", "Rita Reporter", "Teamets vurdering af hjemmet"));
        for (String cpr : List.of("070311-4321", "140386-2987", "090209-4987", "210612-4987", "010105-4987")) {
            sent.add(cpr);
            sent.add(cpr.replace("-", ""));
        }
        for (String service : LocalStack.DEFAULT_PORTS.keySet()) {
            List<String> lines = Files.readAllLines(stack.logOf(service));
            assertThat(lines).as(service + " log").isNotEmpty();
            for (String line : lines) {
                assertThat(sent).as(service + ": " + line).noneMatch(line::contains);
            }
        }
    }

    /** Axon's update checker is off: no service calls AxonIQ when it starts (analytics has no Axon at all). */
    @Test
    void noServicePhonesHome() throws IOException {
        for (String service : List.of("plans", "referrals", "offers")) {
            assertThat(linesWith(stack.logOf(service), "opted out of the AxonIQ UpdateChecker")).as(service + " log").isNotEmpty();
        }
        for (String service : LocalStack.DEFAULT_PORTS.keySet()) {
            assertThat(linesWith(stack.logOf(service), "will be checked for updates")).as(service + " log").isEmpty();
        }
    }

    private static List<String> linesWith(Path log, String text) throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(text)).toList();
        }
    }

    @Test
    void theDemoDataShowsTheMajaFamilysCoursesTogetherAndTheirEventsReachAnalytics() throws Exception {
        DemoData.Loaded demo = new DemoData(stack).load();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() ->
                get("plans", "/citizens/" + demo.daughter() + "/family").get("members").findValuesAsText("courseId").size() == 3);
        JsonNode family = get("plans", "/citizens/" + demo.daughter() + "/family");
        assertThat(family.get("members").findValuesAsText("citizenId"))
                .containsExactlyInAnyOrder(demo.daughter().toString(), demo.maja().toString(), demo.son().toString());
        assertThat(family.get("members").findValuesAsText("courseId")).hasSize(3).contains(demo.daughtersCourse().toString());
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> timelineSize(demo.daughtersCourse()) >= 15);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> get("offers", "/offers?size=1").get("totalItems").asInt() >= 60);
    }

    /**
     * The Maja case end to end: her daughter registered in plans; the seven underretninger about
     * her children 2015-2022 in referrals, with their real dates; the pattern flags the daughter;
     * the intake decides to offer a coordinated course; plans opens it, through Kafka. It waits in
     * the queue of intake's centre until the centre leader takes it on; the tovholder stores the
     * signed consent and writes the journal; its tasks close as the team acts; a new underretning
     * is sent by intake to her course as a task; her own record, from both services and as PDFs,
     * holds what was shared and reported and never the team's own note or the reporter.
     */
    @Test
    void majasSevenNotificationsLeadThroughAFlagAndADecisionToACourseOfferedInPlans() throws Exception {
        String maja = "140386-2987";
        String daughter = "090209-4987";
        String son = "210612-4987";
        UUID daughterId = UUID.fromString(post("plans", "/citizens", """
                {"cpr": "%s", "name": "Datter E2E", "situation": {"schoolGrade": 9, "schoolAbsencePercent": 45,
                 "needsSupportTowardsEducationOrJob": false, "completedEducation": "NONE", "inEducation": true, "employed": false}}"""
                .formatted(daughter)).get("id").asText());
        String notification = """
                {"child": {"cpr": "%s"}, "reporter": {"kind": "%s", "anonymous": false, "name": "Rita Reporter"},
                 "guardians": [{"cpr": "%s", "name": "Maja E2E"}], "concerns": ["ABSENCE"],
                 "description": "Fravær i skolen; Rita Reporter og Maja E2E har talt sammen", "channel": "EMAIL",
                 "receivedAt": "%sT09:00:00Z"}""";
        post("referrals", "/underretninger", notification.formatted(daughter, "OTHER_PROFESSIONAL", maja, "2015-03-10"));
        post("referrals", "/underretninger", notification.formatted(son, "PPR", maja, "2015-09-15"));
        post("referrals", "/underretninger", notification.formatted(daughter, "POLICE", maja, "2019-02-20"));
        UUID school = UUID.fromString(post("referrals", "/underretninger",
                notification.formatted(daughter, "SCHOOL", maja, "2019-04-03")).get("id").asText());
        post("referrals", "/underretninger", notification.formatted(son, "SCHOOL", maja, "2019-04-03"));
        post("referrals", "/underretninger", notification.formatted(son, "OWN_DOCTOR", maja, "2021-06-14"));
        post("referrals", "/underretninger", notification.formatted(daughter, "JOBCENTRE", maja, "2022-10-05"));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> get("referrals", "/flags").findValuesAsText("citizenId").contains(daughterId.toString()));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() ->
                get("referrals", "/young-people/" + daughterId + "/household/underretninger").get("underretninger").size() == 7);
        UUID intake = stack.identity().id("ida");
        post("referrals", "/underretninger/" + school + "/assessment", """
                {"assessedBy": "%s", "childInDanger": false, "acuteMeasuresNeeded": false, "reasoning": "Mønster over flere år"}""".formatted(intake));
        post("referrals", "/underretninger/" + school + "/decision", """
                {"decision": "OFFER_COORDINATED_COURSE", "reason": "Gentagne underretninger fra flere kilder", "decidedBy": "%s"}""".formatted(intake));

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> getAs("ida", "plans", "/citizens/" + daughterId + "/open-courses").size() == 1);
        // Opened on the intake's decision, the course has no team yet: the intake sees that it exists, with no one
        // holding it yet; a caseworker not on it does not see it listed.
        JsonNode course = getAs("ida", "plans", "/citizens/" + daughterId + "/open-courses").get(0);
        assertThat(course.has("tovholder")).as("no one holds it yet").isFalse();
        assertThat(get("plans", "/courses?citizenId=" + daughterId).get("totalItems").asInt()).isZero();
        assertThat(course.get("reason").asText()).isEqualTo("PROFESSIONAL_RISK_INDICATORS");
        assertThat(course.get("status").asText()).isEqualTo("OFFERED");

        // It waits in the queue of intake's centre; the centre leader there takes it on, naming Rikke its tovholder.
        String courseId = course.get("courseId").asText();
        String path = "/courses/" + courseId;
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() ->
                getAs("lene", "plans", "/tasks/queue").findValuesAsText("courseId").contains(courseId));
        assertThat(getAs("bo", "plans", "/tasks/queue").findValuesAsText("courseId")).as("another centre's queue").doesNotContain(courseId);
        UUID rikke = stack.identity().id("rikke");
        assertThat(send("lene", "plans", "PUT", path + "/tovholder", """
                {"professionalId": "%s", "name": "Rikke Rådgiver", "role": "CASEWORKER", "centre": "C_BUR"}""".formatted(rikke))
                .statusCode()).isBetween(200, 299);

        // Rikke works the course: the signed consent stored with it, a note shared with the daughter and one the team keeps.
        String consentForm = "%PDF-1.4\n% Samtykke underskrevet af datteren\n%%EOF\n";
        String signed = JSON.readTree(upload("rikke", path + "/documents", "samtykke.pdf", consentForm).body()).get("id").asText();
        post("plans", path + "/consents", """
                {"givenBy": "YOUNG_PERSON", "sharedWith": ["C_BUR", "C_SIK"], "signedDocumentId": "%s"}""".formatted(signed));
        UUID majaId = UUID.fromString(post("plans", "/citizens", """
                {"cpr": "%s", "name": "Maja E2E", "situation": {"needsSupportTowardsEducationOrJob": true, "completedEducation": "NONE",
                 "inEducation": false, "employed": false}}""".formatted(maja)).get("id").asText());
        post("plans", "/citizens/" + daughterId + "/family-relations", """
                {"relatedCitizenId": "%s", "relation": "PARENT_OR_GUARDIAN"}""".formatted(majaId));
        post("plans", path + "/consents", """
                {"givenBy": "GUARDIAN", "guardianId": "%s", "sharedWith": ["C_BUR", "C_SIK"]}""".formatted(majaId));
        String note = """
                {"kind": "CONVERSATION_WITH_YOUNG_PERSON", "happenedAt": "%s", "text": "%s", "sharedWithYoungPerson": %s}""";
        post("plans", path + "/journal", note.formatted(Instant.now().minusSeconds(600), "Vi talte om at passe skolen og om praktik", true));
        post("plans", path + "/journal", note.formatted(Instant.now().minusSeconds(300), "Teamets vurdering af hjemmet", false));
        post("plans", path + "/goals", """
                {"area": "EDUCATION", "inOwnWords": "Jeg vil gå i skole hver dag", "how": "Sammen med teamet", "responsibleId": "%s",
                 "byWhen": "%s"}""".formatted(daughterId, LocalDate.now().plusMonths(6)));
        post("plans", path + "/goals", """
                {"area": "GENERAL_COMMUNITY", "inOwnWords": "Være en del af klassen", "how": "Sammen med teamet", "responsibleId": "%s",
                 "byWhen": "%s"}""".formatted(daughterId, LocalDate.now().plusMonths(6)));
        post("plans", path + "/activation", "{}");
        // The tasks the course raised close as the team acts: a tovholder found, and a meeting held.
        Instant begins = Instant.now().plusSeconds(1);
        String meeting = post("plans", path + "/meetings", """
                {"scheduledFor": "%s", "invitedMemberIds": ["%s"]}""".formatted(begins, rikke)).get("id").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(begins.plusMillis(200)));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() ->
                tasksOf("rikke", courseId).contains("HOLD_MEETING") && !tasksOf("rikke", courseId).contains("FIND_TOVHOLDER"));
        post("plans", path + "/meetings/" + meeting + "/minutes", """
                {"citizenPresent": true, "attendedMemberIds": ["%s"], "summary": "Første møde", "decisions": [],
                 "agreements": [{"party": "YOUNG_PERSON", "partyName": "Datter", "what": "Møder i skole", "dueDate": "%s"}]}"""
                .formatted(rikke, LocalDate.now().plusWeeks(4)));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() ->
                !tasksOf("rikke", courseId).contains("HOLD_MEETING") && tasksOf("rikke", courseId).contains("FOLLOW_UP_AGREEMENT"));

        // A new underretning from school in 2026: intake informs her course, and Rikke is told.
        UUID again = UUID.fromString(post("referrals", "/underretninger",
                notification.formatted(daughter, "SCHOOL", maja, LocalDate.now().minusDays(1))).get("id").asText());
        post("referrals", "/underretninger/" + again + "/assessment", """
                {"childInDanger": false, "acuteMeasuresNeeded": false, "reasoning": "Forløbet kender fraværet"}""");
        post("referrals", "/underretninger/" + again + "/decision", """
                {"decision": "INFORM_EXISTING_COURSE", "reason": "Hun har et forløb", "courseId": "%s"}""".formatted(courseId));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() ->
                tasksOf("rikke", courseId).contains("READ_UNDERRETNING"));
        assertThat(getAs("rikke", "plans", "/notifications").findValuesAsText("kind")).contains("READ_UNDERRETNING");

        // The daughter's own record, asked by letter to the data-protection officer: from plans and from referrals, as PDFs.
        JsonNode planRecord = getAs("dorte", "plans", "/citizens/" + daughterId + "/record");
        assertThat(planRecord.get("courses").get(0).get("sharedNotes").findValuesAsText("text"))
                .containsExactly("Vi talte om at passe skolen og om praktik");
        assertThat(planRecord.toString()).doesNotContain("Teamets vurdering af hjemmet");
        assertThat(planRecord.get("courses").get(0).get("plan").get("consents").findValuesAsText("signedDocumentId")).contains(signed);
        JsonNode referralsRecord = getAs("dorte", "referrals", "/citizens/" + daughterId + "/record");
        assertThat(referralsRecord.get("underretninger")).hasSize(5);
        assertThat(referralsRecord.toString()).doesNotContain(REPORTER).doesNotContain("Maja E2E").contains("Fravær i skolen");
        assertThat(pdfText("dorte", "plans", "/citizens/" + daughterId + "/record"))
                .contains("Aktindsigt", "Jeg vil gå i skole hver dag", "Vi talte om at passe skolen og om praktik")
                .doesNotContain("Teamets vurdering af hjemmet");
        assertThat(pdfText("dorte", "referrals", "/citizens/" + daughterId + "/record"))
                .contains("Aktindsigt", "Underretning 5", "Fravær i skolen", "SCHOOL").doesNotContain(REPORTER).doesNotContain("Maja E2E");
    }

    /** The reporter the Maja case's underretninger name: never in the young person's own record. */
    private static final String REPORTER = "Rita Reporter";

    private List<String> tasksOf(String person, String courseId) throws Exception {
        List<String> kinds = new ArrayList<>();
        getAs(person, "plans", "/tasks").forEach(task -> {
            if (task.get("courseId").asText().equals(courseId)) {
                kinds.add(task.get("kind").asText());
            }
        });
        return kinds;
    }

    /** A file as a browser form sends it (multipart/form-data, one part named "file"). */
    private HttpResponse<String> upload(String person, String path, String fileName, String content) throws Exception {
        String boundary = "sammen-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = HTTP.send(request(person, "plans", path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(201);
        return response;
    }

    /** The text of a PDF answer, read by PDFBox: it opens, and its pages render. */
    private String pdfText(String person, String service, String path) throws Exception {
        HttpResponse<byte[]> answer = HTTP.send(request(person, service, path).header("Accept", "application/pdf").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as(service + path).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(answer.body())) {
            assertThat(document.getNumberOfPages()).isPositive();
            return new PDFTextStripper().getText(document);
        }
    }

    /**
     * Crypto-shredding end to end: a young person's words, stored encrypted in plans and
     * referrals and never put on Kafka, are unreadable everywhere once the data-protection
     * officer erases them, and analytics lets go of them too.
     */
    /**
     * Erasure leaves nothing readable behind: a minor with a parent, a course with their own goal
     * and a comment, an underretning naming the parent, a need in the needs bank and a
     * break-the-glass grant; after the erasure none of their data — CPR number, name, contact
     * details, birth date, words — is found in any table of any service (event stores read as
     * text), on any topic, or in an analyst's export. The parent, registered without a course, is
     * kept until the retention rule erases them, and then they are gone as completely.
     */
    @Test
    void anErasedYoungPersonLeavesNothingReadableAnywhereAndRetentionErasesTheirParentAsCompletely() throws Exception {
        // ASCII, so each reads the same however a place stores text.
        String cpr = "170309-4871";
        String birthDate = "2009-03-17";
        String name = "Sweepy Erasmussen";
        String phone = "+45 31 41 59 26";
        String email = "sweepy.erasmussen@example.org";
        String address = "Sletvej 17, 9999 Glemsel";
        String goal = "Drommer om at passe heste i Glemsel";
        String comment = "Sweepy fortaeller om sin hverdag i Glemsel";
        String worry = "Bekymring om sweep-fravaer og hjemmet";
        String need = "Sweep-behov: praktik med heste";
        String circumstances = "Politiet ringer om akut sweep-bekymring i nat";
        String parentCpr = "230378-1893";
        String parentName = "Forald Erasmussen";
        String parentPhone = "+45 27 18 28 18";

        UUID parent = UUID.fromString(post("plans", "/citizens", """
                {"cpr": "%s", "name": "%s", "contact": {"phone": "%s"}, "situation": {"needsSupportTowardsEducationOrJob": false,
                 "completedEducation": "NONE", "inEducation": false, "employed": true}}""".formatted(parentCpr, parentName, parentPhone))
                .get("id").asText());
        UUID citizenId = UUID.fromString(post("plans", "/citizens", """
                {"cpr": "%s", "name": "%s", "contact": {"phone": "%s", "email": "%s", "address": "%s"},
                 "situation": {"schoolGrade": 9, "schoolAbsencePercent": 25, "needsSupportTowardsEducationOrJob": false,
                 "completedEducation": "NONE", "inEducation": true, "employed": false}}""".formatted(cpr, name, phone, email, address))
                .get("id").asText());
        post("plans", "/citizens/" + citizenId + "/family-relations", """
                {"relatedCitizenId": "%s", "relation": "PARENT_OR_GUARDIAN"}""".formatted(parent));
        UUID courseId = openCourse(citizenId);
        String course = "/courses/" + courseId;
        send("rikke", "plans", "PUT", course + "/tovholder", """
                {"professionalId": "%s", "name": "Rikke Raadgiver", "role": "CASEWORKER", "centre": "C_BUR"}"""
                .formatted(stack.identity().id("rikke")));
        post("plans", course + "/consents", """
                {"givenBy": "GUARDIAN", "guardianId": "%s", "sharedWith": ["C_BUR", "C_SS"]}""".formatted(parent));
        post("plans", course + "/consents", """
                {"givenBy": "YOUNG_PERSON", "sharedWith": ["C_BUR", "C_SS"]}""");
        post("plans", course + "/goals", """
                {"area": "JOB", "inOwnWords": "%s", "how": "Praktik", "responsibleId": "%s", "byWhen": "2030-01-01"}"""
                .formatted(goal, citizenId));
        post("plans", course + "/comments", "{\"text\": \"%s\"}".formatted(comment));
        post("referrals", "/underretninger", """
                {"child": {"cpr": "%s", "name": "%s"}, "reporter": {"kind": "SCHOOL", "anonymous": false, "name": "Skolen E2E"},
                 "guardians": [{"cpr": "%s", "name": "%s"}], "concerns": ["ABSENCE"], "description": "%s", "channel": "EMAIL",
                 "receivedAt": "2025-01-06T09:00:00Z"}""".formatted(cpr, name, parentCpr, parentName, worry));
        // Offers learns from plans' events that Rikke holds the course: until then she may not post its need.
        String needBody = """
                {"courseId": "%s", "needCategories": ["EMPLOYMENT"], "goals": "%s", "constraints": "Ingen",
                 "wantedFrom": "2026-01-01", "wantedTo": "2026-12-31"}""".formatted(courseId, need);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> send("rikke", "offers", "POST", "/needs", needBody).statusCode() == 201);
        send("sara", "plans", "POST", course + "/emergency-access", """
                {"category": "ACUTE_DANGER", "reason": "%s"}""".formatted(circumstances));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> timelineSize(courseId) >= 1);

        PersonalDataSweep sweep = new PersonalDataSweep(stack, this::export);
        List<String> theirs = List.of(cpr, birthDate, name, phone, email, address, goal, comment, worry, need, circumstances);
        List<String> before = sweep.find(theirs);
        System.out.printf("[figures] before the erasure the sweep found the young person's data in %d places%n", before.size());
        // The sweep sees what is stored readable (the registers, the views): it would find what an erasure left behind.
        // (The CPR number and the underretning's words are never stored readable, not even before.)
        assertThat(List.of(birthDate, name, phone, email, address, goal, comment, need, circumstances))
                .allSatisfy(needle -> assertThat(before).anyMatch(place -> place.endsWith(": " + needle)));

        HttpResponse<String> erased = send("dorte", "plans", "POST", "/citizens/" + citizenId + "/erasure", null);
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(sweep.find(theirs)).as("the young person's data left after the erasure").isEmpty());
        assertThat(timelineSize(courseId)).isZero();
        assertThat(send("rikke", "plans", "GET", course, null).statusCode()).isEqualTo(404);

        // The parent has no course: kept after the child's erasure, until the retention rule's time has come.
        List<String> parents = List.of(parentCpr, parentName, parentPhone);
        assertThat(sweep.find(parents)).isNotEmpty();
        try (var db = stack.postgres().connect(stack.database("plans")); var query = db.createStatement()) {
            query.executeUpdate("UPDATE citizen_view SET registered_at = registered_at - interval '3 years' WHERE citizen_id = '"
                    + parent + "'");
            query.executeUpdate("UPDATE scheduled_tasks SET execution_time = now() WHERE task_name = 'personal-data-retention'");
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(sweep.find(parents)).as("the parent's data left after retention").isEmpty());
        assertThat(keyErased("plans", parent)).isTrue();
    }

    private String export() {
        HttpResponse<String> export = send("anders", "analytics", "GET", "/exports/events.jsonl", null);
        assertThat(export.statusCode()).isEqualTo(200);
        return export.body();
    }

    private HttpResponse<String> send(String person, String service, String method, String path, String body) {
        HttpRequest.Builder request = request(person, service, path).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean keyErased(String service, UUID citizenId) throws Exception {
        try (var db = stack.postgres().connect(stack.database(service)); var query = db.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM data_key WHERE subject_id = ? AND wrapped_keyset IS NULL)")) {
            query.setObject(1, citizenId);
            try (var rows = query.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }

    private JsonNode post(String service, String path, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(request(service, path)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isBetween(200, 299);
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private JsonNode get(String service, String path) throws Exception {
        return getAs(WORKS_IN.get(service), service, path);
    }

    private JsonNode getAs(String person, String service, String path) throws Exception {
        return JSON.readTree(HTTP.send(request(person, service, path).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    /** Whose work each service's calls here are: a demo person of the development identity provider. */
    private static final Map<String, String> WORKS_IN = Map.of("plans", "rikke", "referrals", "ida", "offers", "katrine",
            "analytics", "anders");

    private HttpRequest.Builder request(String service, String path) {
        return request(WORKS_IN.get(service), service, path);
    }

    /** A request as the demo's front end sends it; its changes here name no version they read ({@code If-Match: *}) unless set. */
    private HttpRequest.Builder request(String person, String service, String path) {
        return HttpRequest.newBuilder(stack.url(service, path))
                .header("Authorization", "Bearer " + stack.identity().token(person)).header("If-Match", "*");
    }

    @Test
    void withKafkaDownPlansKeepsAcceptingCommandsAndEveryEventArrivesOnceWhenItReturns() throws Exception {
        stack.kafka().stop();
        List<UUID> courses = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                courses.add(openCourse(newYoungPerson()));
            }
            Thread.sleep(3000); // the relay tries, and fails, while the broker is down
            for (UUID courseId : courses) {
                assertThat(timelineSize(courseId)).isZero();
            }
        } finally {
            stack.kafka().start();
        }
        Instant back = Instant.now();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> courses.stream().allMatch(courseId -> timelineSize(courseId) >= 1));
        System.out.printf("[figures] caught up %d ms after Kafka returned%n", Duration.between(back, Instant.now()).toMillis());
        for (UUID courseId : courses) {
            assertThat(timelineSize(courseId)).as("entries for course " + courseId).isEqualTo(1);
        }
    }

    private UUID registerYoungPerson() throws IOException {
        return registerYoungPerson("070311-4321");
    }

    /** A young person of their own for each course the tests open: a young person has one open course at a time. */
    private UUID newYoungPerson() throws IOException {
        return registerYoungPerson(nextCpr());
    }

    /** Born on a day of 2011 no other young person of this run was, so each CPR number is new. */
    private static String nextCpr() {
        return LocalDate.of(2011, 1, 1).plusDays(PEOPLE.getAndIncrement()).format(DateTimeFormatter.ofPattern("ddMMyy")) + "-4500";
    }

    private UUID registerYoungPerson(String cpr) throws IOException {
        try {
            HttpResponse<String> response = postCitizen(cpr);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            return UUID.fromString(JSON.readTree(response.body()).get("id").asText());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> postCitizen(String cpr) throws IOException, InterruptedException {
        String body = """
                {"cpr": "%s", "name": "Ung E2E", "situation": {"schoolGrade": 8, "schoolAbsencePercent": 30,
                 "needsSupportTowardsEducationOrJob": false, "completedEducation": "NONE", "inEducation": true, "employed": false}}""".formatted(cpr);
        return HTTP.send(request("plans", "/citizens")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * PostgreSQL gone for 30 seconds while plans takes commands and analytics consumes: while it is
     * down a command is answered 503 problem+json (nothing stored), and once it is back every
     * accepted course reaches analytics exactly once.
     */
    @Test
    void withPostgresDownFor30SecondsCommandsAre503AndEveryAcceptedCourseReachesAnalyticsOnce() throws Exception {
        List<UUID> accepted = Collections.synchronizedList(new ArrayList<>());
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger unavailable = new AtomicInteger();
        AtomicBoolean loading = new AtomicBoolean(true);
        Thread load = new Thread(() -> {
            UUID next = null; // registered, and waiting for their course
            while (loading.get()) {
                try {
                    HttpResponse<String> response = next == null ? postCitizen(nextCpr()) : postCourse(next);
                    if (response.statusCode() == 201 && next == null) {
                        next = UUID.fromString(JSON.readTree(response.body()).get("id").asText());
                        response = postCourse(next);
                    }
                    if (response.statusCode() == 201) {
                        accepted.add(UUID.fromString(JSON.readTree(response.body()).get("id").asText()));
                        next = null;
                    } else if (response.statusCode() == 503 && response.headers().firstValue("Content-Type").orElse("")
                            .startsWith("application/problem+json") && response.headers().firstValue("Retry-After").isPresent()) {
                        unavailable.incrementAndGet();
                    } else {
                        unexpected.add(response.statusCode() + " " + response.body());
                    }
                    Thread.sleep(100);
                } catch (Exception e) {
                    unexpected.add(e.toString());
                }
            }
        }, "load");
        load.start();
        Thread.sleep(5_000);
        int before = accepted.size();
        stack.databaseProxy().cut();
        Thread.sleep(30_000);
        int whileDown = accepted.size() - before;
        stack.databaseProxy().restore();
        Instant back = Instant.now();
        Thread.sleep(5_000);
        loading.set(false);
        load.join();

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> accepted.stream().allMatch(courseId -> timelineSize(courseId) >= 1));
        System.out.printf("[figures] PostgreSQL down 30 s: %d courses accepted, %d answered 503, %d accepted while down; "
                        + "analytics had every one %d ms after PostgreSQL returned%n", accepted.size(), unavailable.get(), whileDown,
                Duration.between(back, Instant.now()).toMillis());
        assertThat(unexpected).as("answers other than 201 or 503 problem+json with Retry-After").isEmpty();
        assertThat(unavailable.get()).as("commands refused while PostgreSQL was down").isPositive();
        assertThat(whileDown).as("nothing accepted while PostgreSQL was down").isLessThanOrEqualTo(1);
        for (UUID courseId : accepted) {
            assertThat(timelineSize(courseId)).as("analytics entries of course " + courseId).isEqualTo(1);
        }
        assertThat(storedCourses(accepted)).as("courses stored in plans").isEqualTo(accepted.size());
    }

    /** Plans killed with SIGKILL while its relay publishes, then started again: no event lost, none projected twice. */
    @Test
    void plansKilledWhileItsRelayPublishesLosesNothingAndAnalyticsCountsEachEventOnce() throws Exception {
        List<UUID> courses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            courses.add(openCourse(newYoungPerson()));
        }
        stack.kill("plans");
        Instant killed = Instant.now();
        stack.restart("plans", Duration.ofMinutes(2));
        System.out.printf("[figures] plans killed and ready again in %d ms%n", Duration.between(killed, Instant.now()).toMillis());
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> courses.stream().allMatch(courseId -> timelineSize(courseId) >= 1));
        System.out.printf("[figures] after plans was killed, analytics had all %d courses %d ms after the kill%n", courses.size(),
                Duration.between(killed, Instant.now()).toMillis());
        for (UUID courseId : courses) {
            assertThat(timelineSize(courseId)).as("analytics entries of course " + courseId).isEqualTo(1);
        }
        assertThat(storedCourses(courses)).isEqualTo(courses.size());
    }

    /** Analytics killed with SIGKILL while it projects, then started again: every event projected, none twice. */
    @Test
    void analyticsKilledWhileItProjectsLosesNothingAndCountsEachEventOnce() throws Exception {
        List<UUID> courses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            courses.add(openCourse(newYoungPerson()));
            if (i == 5) {
                UUID first = courses.getFirst();
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> timelineSize(first) >= 1);
            }
        }
        stack.kill("analytics");
        Instant killed = Instant.now();
        stack.restart("analytics", Duration.ofMinutes(2));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> courses.stream().allMatch(courseId -> timelineSize(courseId) >= 1));
        System.out.printf("[figures] after analytics was killed, it had all %d courses %d ms after the kill%n", courses.size(),
                Duration.between(killed, Instant.now()).toMillis());
        for (UUID courseId : courses) {
            assertThat(timelineSize(courseId)).as("analytics entries of course " + courseId).isEqualTo(1);
        }
        try (Connection analytics = stack.postgres().connect(stack.database("analytics"));
             PreparedStatement facts = analytics.prepareStatement("SELECT count(*) FROM course_fact WHERE course_id = ANY(?)")) {
            facts.setArray(1, analytics.createArrayOf("uuid", courses.toArray()));
            ResultSet rows = facts.executeQuery();
            rows.next();
            assertThat(rows.getLong(1)).as("course facts, one per course").isEqualTo(courses.size());
        }
    }

    /**
     * Two replicas of plans and two of analytics, each pair on one database, as the chart runs
     * them: commands go to both plans replicas (some to one course from both at once), a rebuild
     * is asked of both analytics replicas at once while they consume. Every course's adult-transition
     * reminder fires once, the relay publishes each stored event once, analytics projects each
     * once, and what the two replicas projected live equals a replay of the log by one.
     */
    @Test
    @Order(Integer.MAX_VALUE - 1)
    void twoReplicasOfPlansAndOfAnalyticsDoEverythingOnceAndProjectWhatOneWould() throws Exception {
        Instant starting = Instant.now();
        List<String> plans = List.of("plans", stack.addReplica("plans", Duration.ofMinutes(3)));
        List<String> analytics = List.of("analytics", stack.addReplica("analytics", Duration.ofMinutes(3)));
        System.out.printf("[figures] second replicas of plans and analytics ready in %d ms%n", Duration.between(starting, Instant.now()).toMillis());
        // Turning 18 in two months: each course's adult-transition reminder is due at once, on whichever replica picks it up.
        LocalDate almost18 = LocalDate.now().minusYears(18).plusMonths(2);
        String almostAdult = almost18.format(DateTimeFormatter.ofPattern("ddMMyy")) + "-4";
        int firstSerial = ThreadLocalRandom.current().nextInt(900);
        AtomicInteger serials = new AtomicInteger(firstSerial);
        // The course both replicas change at once is a 15-year-old's, whose reminder is years away: a reminder that loses
        // the race with a command on its course is retried by db-scheduler five minutes later (still once), longer than
        // this test waits.
        UUID shared = openCourse(youngPerson);
        List<UUID> courses = Collections.synchronizedList(new ArrayList<>());
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger goals = new AtomicInteger();
        AtomicInteger sentAgain = new AtomicInteger();
        List<Thread> load = plans.stream().map(replica -> Thread.ofPlatform().name("load-" + replica).start(() -> {
            for (int i = 0; i < 15; i++) {
                try {
                    // a young person of their own for each course: one open course a young person
                    UUID turning18 = registerYoungPerson(almostAdult + "%03d".formatted(serials.getAndIncrement()));
                    HttpResponse<String> opened = send(replica, "/courses", "{\"citizenId\":\"" + turning18 + "\",\"reason\":\"HIGH_SCHOOL_ABSENCE\"}");
                    if (opened.statusCode() == 201) {
                        courses.add(UUID.fromString(JSON.readTree(opened.body()).get("id").asText()));
                    } else {
                        unexpected.add(replica + " " + opened.statusCode() + " " + opened.body());
                    }
                    String goal = """
                            {"area": "JOB", "inOwnWords": "Mål %d fra %s", "how": "Praktik", "responsibleId": "%s", "byWhen": "2030-01-01"}"""
                            .formatted(i, replica, youngPerson);
                    HttpResponse<String> added;
                    while ((added = send(replica, "/courses/" + shared + "/goals", goal)).statusCode() == 409
                            && added.body().contains("concurrent-change")) {
                        sentAgain.incrementAndGet();
                    }
                    if (added.statusCode() == 201) {
                        goals.incrementAndGet();
                    } else {
                        unexpected.add(replica + " goal " + added.statusCode() + " " + added.body());
                    }
                } catch (Exception e) {
                    unexpected.add(replica + " " + e);
                }
            }
        })).toList();
        List<CompletableFuture<JsonNode>> asked = analytics.stream().map(replica -> CompletableFuture.supplyAsync(() -> {
            try {
                HttpResponse<String> response = HTTP.send(request("anders", replica, "/rebuilds").POST(HttpRequest.BodyPublishers.noBody())
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(replica + " " + response.body()).isEqualTo(202);
                return JSON.readTree(response.body());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).toList();
        Set<String> rebuilds = asked.stream().map(answer -> answer.join().get("rebuildId").asText()).collect(Collectors.toSet());
        for (Thread thread : load) {
            thread.join();
        }
        assertThat(unexpected).as("answers other than 201, or a 409 concurrent-change sent again").isEmpty();

        // Read-your-writes across replicas: a change on one, read at once on the other with the change's token. The
        // replicas take turns changing the course, each with If-Match of the version the other answered: a replica that
        // changed it before keeps it in its aggregate cache and must see that the other stored events since (a stale
        // course would answer 412 or 409 here).
        UUID readBackOf = newYoungPerson();
        UUID readBack = openCourse(readBackOf);
        String lastVersion = null;
        for (int i = 0; i < 10; i++) {
            HttpRequest.Builder change = request("rikke", plans.get(i % 2), "/courses/" + readBack + "/goals")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                            {"area": "EDUCATION", "inOwnWords": "Mål %d", "how": "Skole", "responsibleId": "%s", "byWhen": "2030-01-01"}"""
                            .formatted(i, readBackOf)));
            if (lastVersion != null) {
                change.setHeader("If-Match", lastVersion);
            }
            HttpResponse<String> changed = HTTP.send(change.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(changed.statusCode()).as("change %d on %s: %s", i, plans.get(i % 2), changed.body()).isEqualTo(201);
            lastVersion = changed.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> seen = HTTP.send(request("rikke", plans.get((i + 1) % 2), "/courses/" + readBack)
                    .header("Consistency-Token", changed.headers().firstValue("Consistency-Token").orElseThrow()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
            assertThat(version(seen)).as("the other replica's view right after change %d", i).isGreaterThanOrEqualTo(version(changed));
        }
        // Asked of both replicas at once: one rebuild, or, when the first was done before the second
        // request reached its replica (a small log is replayed in well under a second), two one after the other.
        assertThat(rebuilds).as("both replicas asked at once").hasSizeBetween(1, 2);
        List<JsonNode> done = new ArrayList<>();
        for (String rebuild : rebuilds) {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() ->
                    !"RUNNING".equals(getAs("anders", analytics.get(1), "/rebuilds/" + rebuild).get("state").asText()));
            JsonNode finished = getAs("anders", analytics.getFirst(), "/rebuilds/" + rebuild);
            assertThat(finished.get("state").asText()).isEqualTo("COMPLETED");
            done.add(finished);
        }
        if (done.size() == 2) {
            done.sort(Comparator.comparing(r -> Instant.parse(r.get("requestedAt").asText())));
            assertThat(Instant.parse(done.get(0).get("finishedAt").asText()))
                    .as("two rebuilds never run at once").isBeforeOrEqualTo(Instant.parse(done.get(1).get("requestedAt").asText()));
        }

        // Each course: CourseOpened and its reminder; the shared one CourseOpened and each goal.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                storedEventsByCourse(courses, "AdultTransitionReminderRaised").size() == courses.size());
        Thread.sleep(3_000); // long enough for a second replica to fire a reminder again, were it going to
        assertThat(storedEventsByCourse(courses, "AdultTransitionReminderRaised").values()).as("reminders per course").containsOnly(1L);
        courses.add(shared);
        Map<UUID, Long> stored = storedEventsByCourse(courses, "");
        assertThat(stored.get(shared)).isEqualTo(1L + goals.get());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                courses.stream().allMatch(courseId -> timelineSize(courseId) == stored.get(courseId)));
        Set<String> keys = stored.keySet().stream().map(UUID::toString).collect(Collectors.toSet());
        long events = stored.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> published = dk.sammen.platform.test.TopicReader.read(stack.kafka().bootstrapServers(), "sammen.plans",
                        read -> read.stream().filter(r -> keys.contains(r.key())).count() >= events, Duration.ofSeconds(30))
                .stream().filter(r -> keys.contains(r.key()))
                .collect(Collectors.groupingBy(r -> r.value().getId(), Collectors.counting()));
        assertThat(published).as("records on sammen.plans, by CloudEvent id").hasSize((int) events);
        assertThat(published.values()).as("each event published once").containsOnly(1L);
        for (UUID courseId : courses) {
            assertThat(timelineSize(courseId)).as("analytics entries of course " + courseId).isEqualTo(stored.get(courseId).intValue());
        }
        System.out.printf("[figures] two replicas each: %d courses, %d goals on one course from both (%d sent again after a "
                        + "concurrent change), %d events, each reminder once, each event published and projected once, %d ms in all%n",
                courses.size(), goals.get(), sentAgain.get(), published.size(), Duration.between(starting, Instant.now()).toMillis());

        // What the two replicas projected live is what one replaying the log alone builds.
        Map<String, List<String>> live = analyticsProjections();
        JsonNode quiet = JSON.readTree(HTTP.send(request("anders", analytics.get(1), "/rebuilds").POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> "COMPLETED".equals(
                getAs("anders", analytics.getFirst(), "/rebuilds/" + quiet.get("rebuildId").asText()).get("state").asText()));
        assertThat(analyticsProjections()).isEqualTo(live);
    }

    private static long version(HttpResponse<String> response) {
        return Long.parseLong(response.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
    }

    private HttpResponse<String> send(String service, String path, String body) throws Exception {
        return HTTP.send(request(WORKS_IN.get(service.replaceFirst("-\\d+$", "")), service, path)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Stored events per course of {@code courseIds} whose payload type ends with {@code kind} ("" for all). */
    private Map<UUID, Long> storedEventsByCourse(List<UUID> courseIds, String kind) throws SQLException {
        try (Connection plans = stack.postgres().connect(stack.database("plans"));
             PreparedStatement stored = plans.prepareStatement("""
                     SELECT aggregate_identifier, count(*) FROM domain_event_entry
                     WHERE aggregate_identifier = ANY(?) AND payload_type LIKE ? GROUP BY aggregate_identifier""")) {
            stored.setArray(1, plans.createArrayOf("varchar", courseIds.stream().map(UUID::toString).toArray()));
            stored.setString(2, "%" + kind);
            ResultSet rows = stored.executeQuery();
            Map<UUID, Long> counts = new HashMap<>();
            while (rows.next()) {
                counts.put(UUID.fromString(rows.getString(1)), rows.getLong(2));
            }
            return counts;
        }
    }

    /** Every row of every projection analytics rebuilds, as text in a fixed order. */
    private Map<String, List<String>> analyticsProjections() throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Connection analytics = stack.postgres().connect(stack.database("analytics"))) {
            for (String table : List.of("timeline_entry", "citizen_profile", "course_fact", "occupation_change", "offer_period",
                    "offer_catalogue", "meeting_fact", "agreement_fact", "progression_fact", "underretning_fact", "deadline_breach",
                    "trial_fact")) {
                List<String> rows = new ArrayList<>();
                try (ResultSet result = analytics.createStatement().executeQuery("SELECT t::text FROM " + table + " t ORDER BY 1")) {
                    while (result.next()) {
                        rows.add(result.getString(1));
                    }
                }
                tables.put(table, rows);
            }
        }
        return tables;
    }

    private long storedCourses(List<UUID> courseIds) throws SQLException {
        try (Connection plans = stack.postgres().connect(stack.database("plans"));
             PreparedStatement stored = plans.prepareStatement(
                     "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%CourseOpened' AND aggregate_identifier = ANY(?)")) {
            stored.setArray(1, plans.createArrayOf("varchar", courseIds.stream().map(UUID::toString).toArray()));
            ResultSet rows = stored.executeQuery();
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Opens the young person's course as a front end does when it may send again: with an
     * Idempotency-Key, so a retry after an answer lost with the database (committed, yet answered
     * 503) returns the course it opened, not a 409 for a second one.
     */
    private HttpResponse<String> postCourse(UUID citizenId) throws Exception {
        return HTTP.send(request("plans", "/courses")
                .header("Content-Type", "application/json").header("Idempotency-Key", "course-of-" + citizenId)
                .POST(HttpRequest.BodyPublishers.ofString("{\"citizenId\":\"" + citizenId + "\",\"reason\":\"HIGH_SCHOOL_ABSENCE\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private UUID openCourse(UUID citizenId) throws Exception {
        HttpResponse<String> response = HTTP.send(request("plans", "/courses")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"citizenId\":\"" + citizenId + "\",\"reason\":\"HIGH_SCHOOL_ABSENCE\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return UUID.fromString(JSON.readTree(response.body()).get("id").asText());
    }

    private int timelineSize(UUID courseId) {
        try {
            HttpResponse<String> response = HTTP.send(request("analytics", "/courses/" + courseId + "/timeline").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return 0;
            }
            JsonNode body = JSON.readTree(response.body());
            return body.get("totalItems").asInt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
