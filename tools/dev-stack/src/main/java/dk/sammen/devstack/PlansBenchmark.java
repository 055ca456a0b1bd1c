package dk.sammen.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ./sammen bench}: how many commands one plans instance sustains on this machine, and how
 * fast the one-plan view of a course with two years of history is read. Runs the real service jar
 * against PostgreSQL and the KRaft broker, as {@code ./sammen up} does, and prints figures.
 * Not a test: nothing is asserted.
 */
public final class PlansBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient RECORDS = HttpClient.newHttpClient();
    private static final AtomicInteger SERIAL = new AtomicInteger();
    /** One CPR number per registered person: a different date of birth each. */
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private final StackHttp plans;
    /** The caseworker the benchmark acts as: tovholder of every course it opens (need-to-know). */
    private final UUID caseworker;

    PlansBenchmark(StackHttp plans, UUID caseworker) {
        this.plans = plans;
        this.caseworker = caseworker;
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.parseInt(System.getProperty("bench.clients", "8"));
        int courses = Integer.parseInt(System.getProperty("bench.courses", "200"));
        Duration measure = Duration.ofSeconds(Long.parseLong(System.getProperty("bench.seconds", "30")));
        BenchmarkStack.run("plans", 18081, (stack, root) -> {
            PlansBenchmark bench = new PlansBenchmark(stack.as("rikke", "plans"), stack.identity().id("rikke"));
            Load.Result commands = bench.throughput(clients, courses, Duration.ofSeconds(15), measure, stack);
            BenchmarkStack.profile("commands", commands);
            Load.Result ceiling = CommitCeiling.measure(stack.postgres(), stack.database("plans"), clients, Duration.ofSeconds(10));
            System.out.printf("[figures] the ceiling in the same run: single-row commits flushed to the WAL from %d clients on the same "
                            + "PostgreSQL, %.0f per second (p50 %.2f ms); the commands run at %.3f of it%n",
                    clients, ceiling.perSecond(), ceiling.p50Millis(), commands.perSecond() / ceiling.perSecond());
            UUID twoYears = bench.onePlanLatency();
            ownRecordLatency(stack.as("dorte", "plans"), twoYears);
            new PlansBenchmark(stack.as("sara", "plans"), stack.identity().id("sara")).worklistLatency(40);
        });
    }

    /**
     * Clients record progression on many active courses in turn, as caseworkers across the
     * municipality do: each command loads one course, decides, and appends one event.
     */
    private Load.Result throughput(int clients, int courseCount, Duration warmUp, Duration measure, LocalStack stack) throws Exception {
        List<UUID> courses = new ArrayList<>();
        List<UUID> measurers = new ArrayList<>();
        for (int i = 0; i < courseCount; i++) {
            UUID[] course = activeCourse();
            courses.add(course[0]);
            measurers.add(course[1]);
        }
        AtomicInteger next = new AtomicInteger();
        Duration[] cpu = new Duration[2];
        Load.Result result = Load.run(clients, warmUp, measure, () -> {
            int pick = Math.floorMod(next.getAndIncrement(), courses.size());
            return send("POST", "/courses/" + courses.get(pick) + "/progression", """
                    {"dimension": "ATTENDANCE", "scaleMin": 0, "scaleMax": 100, "value": %d, "measuredBy": "%s", "measuredOn": "%s"}"""
                    .formatted(SERIAL.incrementAndGet() % 100, measurers.get(pick), LocalDate.now())).statusCode() == 201;
        }, () -> cpu[0] = cpuOf(stack), () -> cpu[1] = cpuOf(stack));
        System.out.printf("[figures] commands (RecordProgression over HTTP, %d clients, %d courses): %.0f per second over %.0f s; "
                        + "p50 %.1f ms, p99 %.1f ms; %d refused%n",
                clients, courses.size(), result.perSecond(), result.seconds(), result.p50Millis(), result.p99Millis(), result.refused());
        System.out.printf("[figures] plans' CPU per 1,000 commands: %.2f s (%.2f of a core at that rate)%n",
                cpu[1].minus(cpu[0]).toMillis() / (result.perSecond() * result.seconds()),
                cpu[1].minus(cpu[0]).toMillis() / 1000.0 / result.seconds());
        return result;
    }

    private static Duration cpuOf(LocalStack stack) {
        return stack.usage("plans").map(ServiceProcess.Usage::cpu).orElse(Duration.ZERO);
    }

    /** A course with two years of history: meetings every six weeks, weekly attendance, goals revised, trials. Its young person. */
    private UUID onePlanLatency() throws Exception {
        UUID[] active = activeCourse();
        UUID course = active[0];
        UUID tovholder = active[1];
        String path = "/courses/" + course;
        List<UUID> team = new ArrayList<>(List.of(tovholder));
        for (int i = 0; i < 7; i++) {
            UUID member = UUID.randomUUID();
            ok(send("POST", path + "/team", """
                    {"memberId": "%s", "name": "Medlem %d", "role": "MENTOR", "affiliation": "C_ARB"}""".formatted(member, i)));
            team.add(member);
        }
        List<UUID> goals = new ArrayList<>();
        for (String area : List.of("LIFE", "EDUCATION", "JOB", "GENERAL_COMMUNITY", "EDUCATION")) {
            goals.add(created(send("POST", path + "/goals", """
                    {"area": "%s", "inOwnWords": "Et mål med mine egne ord", "how": "Sammen med teamet", "responsibleId": "%s",
                     "byWhen": "%s"}""".formatted(area, tovholder, LocalDate.now().plusYears(1)))));
        }
        for (int week = 0; week < 104; week++) {
            ok(send("POST", path + "/progression", """
                    {"dimension": "ATTENDANCE", "scaleMin": 0, "scaleMax": 100, "value": %d, "measuredBy": "%s", "measuredOn": "%s"}"""
                    .formatted(40 + week / 2, tovholder, LocalDate.now().minusWeeks(104 - week))));
            if (week % 4 == 0) {
                ok(send("POST", path + "/progression", """
                        {"dimension": "WELL_BEING", "scaleMin": 1, "scaleMax": 5, "value": %d, "measuredBy": "%s", "measuredOn": "%s"}"""
                        .formatted(1 + week / 26, tovholder, LocalDate.now().minusWeeks(104 - week))));
            }
            if (week % 6 == 0) {
                // Minutes are recorded for a meeting that has begun: each begins a moment after it is scheduled.
                Instant begins = Instant.now().plusMillis(300);
                UUID meeting = created(send("POST", path + "/meetings", """
                        {"scheduledFor": "%s", "invitedMemberIds": ["%s", "%s", "%s"]}"""
                        .formatted(begins, team.get(0), team.get(1), team.get(2))));
                untilBegun(begins);
                ok(send("POST", path + "/meetings/" + meeting + "/minutes", """
                        {"citizenPresent": true, "attendedMemberIds": ["%s", "%s"], "summary": "Status og næste skridt",
                         "decisions": [{"text": "Fortsæt planen", "citizenAgrees": true}],
                         "agreements": [
                           {"party": "YOUNG_PERSON", "what": "Møder op hver dag", "dueDate": "%s"},
                           {"party": "TEAM_MEMBER", "partyMemberId": "%s", "what": "Ringer til skolen", "dueDate": "%s"},
                           {"party": "PARENT", "partyName": "Mor", "what": "Følger med i lektier", "dueDate": "%s"}]}"""
                        .formatted(team.get(0), team.get(1), LocalDate.now().plusWeeks(6), team.get(1),
                                LocalDate.now().plusWeeks(2), LocalDate.now().plusWeeks(6))));
                UUID goal = goals.get(week % goals.size());
                ok(send("PUT", path + "/goals/" + goal, """
                        {"inOwnWords": "Målet med nye ord, uge %d", "how": "Justeret", "responsibleId": "%s", "byWhen": "%s",
                         "why": "Borgerens læring"}""".formatted(week, tovholder, LocalDate.now().plusYears(1))));
                created(send("POST", path + "/goals/" + goal + "/sub-goals", """
                        {"description": "Et lille skridt", "ownerId": "%s", "dueDate": "%s"}""".formatted(tovholder, LocalDate.now().plusWeeks(4))));
            }
        }
        long stored = JSON.readTree(get(path).body()).path("version").asLong(-1);
        String lastChange = send("PUT", path + "/path-stage", "{\"stage\": \"EDUCATION\"}").headers().firstValue("ETag").orElseThrow();
        long version = Long.parseLong(lastChange.replace("\"", ""));
        while (stored != version) {
            Thread.sleep(20); // the one-plan view catches up with the last change
            stored = JSON.readTree(get(path).body()).path("version").asLong(-1);
        }
        JsonNode plan = JSON.readTree(get(path).body());
        int documentBytes = get(path).body().length();
        Instant reading = Instant.now();
        double[] latency = Load.latencies(300, 2000, () -> {
            HttpResponse<String> response = get(path);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
        });
        BenchmarkStack.profile("one-plan-view", reading, Instant.now());
        System.out.printf("[figures] one-plan view of a course with two years of history (%d events, %d meetings, %d measurements, "
                        + "%d KB of JSON): p50 %.2f ms, p99 %.2f ms over 2000 sequential reads%n",
                version + 1, plan.get("meetings").size(), plan.get("progression").size(), documentBytes / 1024,
                latency[0], latency[1]);
        return UUID.fromString(plan.get("citizenId").asText());
    }

    /** The young person's own record (aktindsigt) as JSON and as a PDF, asked by the data-protection officer. */
    private static void ownRecordLatency(StackHttp dpo, UUID citizenId) {
        for (String type : List.of("application/json", "application/pdf")) {
            HttpRequest request = dpo.request("/citizens/" + citizenId + "/record").header("Accept", type).GET().build();
            long[] bytes = new long[1];
            double[] latency = Load.latencies(20, 200, () -> {
                HttpResponse<byte[]> response = RECORDS.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).join();
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("the own record answered " + response.statusCode());
                }
                bytes[0] = response.body().length;
            });
            System.out.printf("[figures] own record of the young person with the two-year course as %s (%d KB): p50 %.2f ms, "
                    + "p99 %.2f ms over 200 sequential requests%n", type, bytes[0] / 1024, latency[0], latency[1]);
        }
    }

    /**
     * A caseworker's worklist when they hold {@code courseCount} courses, each with a task open:
     * half a meeting to hold, half an agreement to follow up (the meeting was held).
     */
    private void worklistLatency(int courseCount) throws Exception {
        record ToHold(String course, UUID meeting, Instant begins) {
        }
        List<ToHold> toHold = new ArrayList<>();
        for (int i = 0; i < courseCount; i++) {
            String path = "/courses/" + activeCourse()[0];
            // Half the meetings are a week away; the other half begin a moment later and are held once all are scheduled.
            Instant begins = Instant.now().plus(i % 2 == 0 ? Duration.ofSeconds(2) : Duration.ofDays(7));
            UUID meeting = created(send("POST", path + "/meetings", """
                    {"scheduledFor": "%s", "invitedMemberIds": ["%s"]}""".formatted(begins, caseworker)));
            if (i % 2 == 0) {
                toHold.add(new ToHold(path, meeting, begins));
            }
        }
        for (ToHold held : toHold) {
            untilBegun(held.begins());
            ok(send("POST", held.course() + "/meetings/" + held.meeting() + "/minutes", """
                    {"citizenPresent": true, "attendedMemberIds": ["%s"], "summary": "Status",
                     "decisions": [{"text": "Fortsæt", "citizenAgrees": true}],
                     "agreements": [{"party": "YOUNG_PERSON", "what": "Møder op", "dueDate": "%s"}]}"""
                    .formatted(caseworker, LocalDate.now().plusWeeks(6))));
        }
        String path = "/worklists/" + caseworker;
        while (JSON.readTree(get(path).body()).path("tasks").size() < courseCount) {
            Thread.sleep(20); // the tasks catch up with the last change
        }
        JsonNode worklist = JSON.readTree(get(path).body());
        double[] latency = Load.latencies(200, 1000, () -> {
            HttpResponse<String> response = get(path);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
        });
        System.out.printf("[figures] worklist of a caseworker with %d courses and %d open tasks (%d KB of JSON): p50 %.2f ms, "
                        + "p99 %.2f ms over 1000 sequential reads%n",
                worklist.get("items").size(), worklist.get("tasks").size(), get(path).body().length() / 1024, latency[0], latency[1]);
    }

    private static void untilBegun(Instant begins) throws InterruptedException {
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), begins).toMillis() + 20));
    }

    /** Registers an adult, opens, consents, assigns a tovholder, sets a community goal and activates: [course, tovholder]. */
    UUID[] activeCourse() throws Exception {
        LocalDate born = LocalDate.of(1996, 1, 1).plusDays(PEOPLE.getAndIncrement());
        String cpr = born.format(java.time.format.DateTimeFormatter.ofPattern("ddMMyy")) + "-1234";
        UUID citizen = created(send("POST", "/citizens", """
                {"cpr": "%s", "name": "Bench", "situation": {"needsSupportTowardsEducationOrJob": true, "completedEducation": "NONE",
                 "inEducation": false, "employed": false}}""".formatted(cpr)));
        UUID course = created(send("POST", "/courses", """
                {"citizenId": "%s", "reason": "CITIZEN_WISH"}""".formatted(citizen)));
        UUID tovholder = caseworker;
        ok(send("POST", "/courses/" + course + "/consents", """
                {"givenBy": "YOUNG_PERSON", "sharedWith": ["C_ARB", "C_SS"]}"""));
        ok(send("PUT", "/courses/" + course + "/tovholder", """
                {"professionalId": "%s", "name": "Tovholder", "role": "CASEWORKER", "centre": "C_ARB"}""".formatted(tovholder)));
        created(send("POST", "/courses/" + course + "/goals", """
                {"area": "GENERAL_COMMUNITY", "inOwnWords": "Være med i en klub", "how": "Med mentor", "responsibleId": "%s",
                 "byWhen": "%s"}""".formatted(citizen, LocalDate.now().plusYears(1))));
        ok(send("POST", "/courses/" + course + "/activation", null));
        return new UUID[]{course, tovholder};
    }

    private HttpResponse<String> send(String method, String path, @Nullable String body) {
        return plans.send(method, path, body);
    }

    private HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    private static void ok(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static UUID created(HttpResponse<String> response) throws IOException {
        ok(response);
        return UUID.fromString(JSON.readTree(response.body()).get("id").asText());
    }
}
