package dk.sammen.devstack;

import dk.sammen.platform.test.infra.KraftBroker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code ./sammen up}: starts the local stack on the fixed ports, prints where everything is,
 * and stops it all on Ctrl-C or {@code ./sammen down} (SIGTERM).
 */
public final class SammenUp {

    /** Where the web app runs: the development identity provider's registered redirect for it. */
    static final int WEB_PORT = 5173;

    private SammenUp() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("sammen.root", ".")).toAbsolutePath().normalize();
        Path work = root.resolve(".sammen");
        Path kafkaLog = work.resolve("kafka");
        LocalStack.wipe(kafkaLog);
        Files.createDirectories(work);

        Instant begin = Instant.now();
        LocalStack stack = new LocalStack(root, work, "sammen", KraftBroker.at(9092, 9093, kafkaLog), LocalStack.DEFAULT_PORTS,
                LocalStack.DEFAULT_IDENTITY_PORT).withWebApp(WEB_PORT);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Sammen…");
            stack.close();
            System.out.println("Stopped.");
        }, "sammen-down"));
        Files.writeString(work.resolve("stack.pid"), Long.toString(ProcessHandle.current().pid()));

        System.out.println("Starting Sammen: PostgreSQL, Kafka (KRaft, in-process), the development identity provider, four services and the web app…");
        stack.start(Duration.ofMinutes(3));

        System.out.printf("%nSammen is up: open http://localhost:%d and sign in as a demo person (password %s).%n", WEB_PORT,
                DevIdentity.PASSWORD);
        System.out.printf("%nStarted in %.1f s. PostgreSQL: %s:%d (%s). Kafka: %s.%n",
                Duration.between(begin, Instant.now()).toMillis() / 1000.0,
                stack.postgres().host(), stack.postgres().port(), stack.postgres().origin(), stack.kafka().bootstrapServers());
        stack.startUpTimes().forEach((name, time) -> System.out.printf("  %-10s %s   Swagger UI %s   (ready in %.1f s)%n",
                name, stack.url(name, ""), stack.url(name, "/swagger-ui.html"), time.toMillis() / 1000.0));
        System.out.printf("  %-10s %s   demo people (password %s): %s%n", "identity", stack.identity().issuer(),
                DevIdentity.PASSWORD, stack.identity().issuer().resolve("/demo-people"));
        System.out.printf("  A token: curl -u rikke:%s -d grant_type=client_credentials %s%n", DevIdentity.PASSWORD,
                stack.identity().issuer().resolve("/oauth2/token"));
        if (!List.of(args).contains("--no-demo")) {
            DemoData.Loaded demo = new DemoData(stack).load();
            System.out.printf("%nDemo data (seed 003): the Maja family and Maria; the sample catalogue. The daughter's course "
                            + "is bo's (rikke handed it over), Maria's is sara's; datter, maria and maja sign in as themselves.%n"
                            + "  %s%n  %s%n  %s%n  %s%n  %s%n",
                    stack.url("plans", "/courses/" + demo.daughtersCourse()) + "   the daughter's one-plan view",
                    stack.url("plans", "/citizens/" + demo.daughter() + "/family") + "   the family's courses together",
                    stack.url("plans", "/worklists/" + demo.coordinator()) + "   the citizen coordinator's worklist (as bo)",
                    stack.url("plans", "/courses/" + demo.mariasCourse()) + "   Maria's course with the caravan trial action",
                    stack.url("offers", "/offers?q=praktik") + "   the sample catalogue, searched in Danish");
        }
        System.out.printf("%nThe web app: http://localhost:%d (the APIs on the same origin under /api/plans, /api/referrals, /api/offers, "
                + "/api/analytics)%n", WEB_PORT);
        System.out.println("Logs in " + work.resolve("logs") + ". Ctrl-C or ./sammen down stops everything.");
        Thread.currentThread().join();
    }
}
