package dk.sammen.devstack;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ./sammen bench referrals}: how many underretninger one referrals instance takes in, and
 * how long the linking queries take for a young person with 50 notifications among 10,000 young
 * people. Runs the real service jar; prints figures; asserts nothing.
 */
public final class ReferralsBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");

    private final StackHttp referrals;
    private final AtomicInteger people = new AtomicInteger();

    private ReferralsBenchmark(StackHttp referrals) {
        this.referrals = referrals;
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.parseInt(System.getProperty("bench.clients", "8"));
        int youngPeople = Integer.parseInt(System.getProperty("bench.young-people", "10000"));
        Duration measure = Duration.ofSeconds(Long.parseLong(System.getProperty("bench.seconds", "30")));
        BenchmarkStack.run("referrals", 18082, (stack, root) -> {
            ReferralsBenchmark bench = new ReferralsBenchmark(stack.as("ida", "referrals"));
            int takenIn = bench.intake(clients, Duration.ofSeconds(10), measure);
            bench.linking(clients, Math.max(0, youngPeople - takenIn));
        });
    }

    /** Each notification is about a new young person with a guardian, from a named school. */
    private int intake(int clients, Duration warmUp, Duration measure) throws Exception {
        Load.Result result = Load.run(clients, warmUp, measure, () -> {
            notify(nextPerson(), "SCHOOL", Instant.now().minus(Duration.ofDays(3)));
            return true;
        });
        BenchmarkStack.profile("intake", result);
        System.out.printf("[figures] intake (POST /underretninger, %d clients, a new young person each): %.0f per second over %.0f s; "
                + "p50 %.1f ms, p99 %.1f ms%n", clients, result.perSecond(), result.seconds(), result.p50Millis(), result.p99Millis());
        return people.get();
    }

    /** Fills the register to the given size, then times the history and household queries of one young person with 50. */
    private void linking(int clients, int morePeople) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> fill = new ArrayList<>();
        for (int i = 0; i < morePeople; i++) {
            fill.add(pool.submit(() -> notify(nextPerson(), "SCHOOL", Instant.now().minus(Duration.ofDays(400)))));
        }
        for (Future<?> f : fill) {
            f.get();
        }
        pool.shutdown();
        Person person = nextPerson();
        String[] sources = {"SCHOOL", "POLICE", "PPR", "OWN_DOCTOR", "JOBCENTRE"};
        String citizenId;
        for (int i = 0; i < 50; i++) {
            notify(person, sources[i % sources.length], Instant.now().minus(Duration.ofHours(50 - i)));
        }
        // The newest underretning is the last of theirs; its young person, not a guardian or a household member named in it.
        citizenId = JSON.readTree(get("/underretninger?size=1")).path("items").path(0).path("citizenId").asText();
        String history = "/young-people/" + citizenId + "/underretninger";
        String household = "/young-people/" + citizenId + "/household/underretninger";
        while (!get(history).contains("\"flag\"")) {
            Thread.sleep(100); // the concern history links all 50
        }
        System.out.printf("[figures] linking queries for a young person with 50 notifications among %d young people:%n", people.get());
        for (String path : List.of(history, household)) {
            double[] latency = Load.latencies(200, 1000, () -> get(path));
            System.out.printf("[figures]   GET %s: p50 %.2f ms, p99 %.2f ms over 1000 reads%n",
                    path.replace(citizenId, "{id}"), latency[0], latency[1]);
        }
    }

    /**
     * A different young person each time, born 2006-2014, with their guardian: every three young
     * people in turn share one, as siblings do.
     */
    private Person nextPerson() {
        int n = people.getAndIncrement();
        LocalDate born = LocalDate.of(2006, 1, 1).plusDays(n % 3000);
        String cpr = born.format(DDMMYY) + "-" + (4 + (n / 3000) % 2) + "%03d".formatted(n / 6000 % 1000);
        LocalDate guardianBorn = LocalDate.of(1970, 1, 1).plusDays((n / 3) % 9000);
        return new Person(cpr, guardianBorn.format(DDMMYY) + "-2" + "%03d".formatted(n / 27000 % 1000));
    }

    private record Person(String cpr, String guardianCpr) {
    }

    private void notify(Person person, String kind, Instant receivedAt) {
        String body = """
                {"child": {"cpr": "%s"}, "reporter": {"kind": "%s", "anonymous": false, "name": "Bench"},
                 "guardians": [{"cpr": "%s", "name": "Bench"}], "concerns": ["ABSENCE"], "description": "Bench",
                 "channel": "SYSTEM_INTEGRATION", "receivedAt": "%s"}""".formatted(person.cpr(), kind, person.guardianCpr(), receivedAt);
        HttpResponse<String> response = referrals.send("POST", "/underretninger", body);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST /underretninger answered " + response.statusCode() + ": " + response.body());
        }
    }

    private String get(String path) {
        return referrals.send("GET", path, null).body();
    }
}
