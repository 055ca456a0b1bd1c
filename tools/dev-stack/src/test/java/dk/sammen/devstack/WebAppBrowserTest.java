package dk.sammen.devstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sammen.platform.test.infra.FreePorts;
import dk.sammen.synthetic.PublishSyntheticMunicipality;
import dk.sammen.synthetic.SyntheticMunicipality;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web app in a real browser against the real system: the four service jars, the development
 * identity provider, PostgreSQL and the KRaft broker as {@code ./sammen up} runs them (on free
 * ports, with databases of their own), the demo data loaded, and a small synthetic municipality
 * published for the analyst's curves. Playwright drives Debian's Chromium through the specs in
 * {@code web/e2e}; their screenshots go to {@code target/web-e2e/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebAppBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("sammen.chromium", "/usr/bin/chromium"));

    private LocalStack stack;
    private DemoData.Loaded demo;
    private final Path root = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();

    @BeforeAll
    void startTheSystemWithTheWebApp() throws IOException {
        assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium; .ci/run installs it)").isExecutable();
        Instant begin = Instant.now();
        stack = LocalStack.onFreePorts(root, "web")
                .withWebApp(FreePorts.reserve())
                .start(Duration.ofMinutes(4));
        demo = new DemoData(stack).load();
        // Enough young people over ten years for survival curves and a transition matrix to show.
        PublishSyntheticMunicipality.publish(SyntheticMunicipality.of(7, 400), stack.kafka().bootstrapServers(), "");
        System.out.printf("[figures] stack, web app, demo data and 400 synthetic young people in %d ms%n",
                Duration.between(begin, Instant.now()).toMillis());
    }

    @AfterAll
    void stopTheSystem() {
        if (stack != null) {
            stack.close();
            stack.dropDatabases();
        }
    }

    @Test
    void everyScreenWorksInARealBrowserForThePersonWhoseWorkItIs() throws Exception {
        Path web = root.resolve("web");
        Path output = Path.of("target", "web-e2e").toAbsolutePath();
        ProcessBuilder playwright = new ProcessBuilder("node", web.resolve("node_modules/@playwright/test/cli.js").toString(), "test")
                .directory(web.toFile()).redirectErrorStream(true);
        playwright.environment().put("SAMMEN_WEB_URL", stack.webApp().url().toString());
        playwright.environment().put("SAMMEN_E2E_OUTPUT", output.resolve("results").toString());
        playwright.environment().put("SAMMEN_SCREENSHOTS", output.resolve("screenshots").toString());
        playwright.environment().put("SAMMEN_CHROMIUM", CHROMIUM.toString());
        playwright.environment().put("SAMMEN_DEMO", new ObjectMapper().writeValueAsString(demo));
        playwright.environment().put("CI", "true");
        Instant begin = Instant.now();
        Process process = playwright.start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines().forEach(line -> System.out.println("[playwright] " + line));
        }
        assertThat(process.waitFor(15, TimeUnit.MINUTES)).as("Playwright finished").isTrue();
        System.out.printf("[figures] browser tests in %d ms%n", Duration.between(begin, Instant.now()).toMillis());
        assertThat(process.exitValue()).as("Playwright's exit code: every spec passed (the lines above say which did not)").isZero();
    }
}
