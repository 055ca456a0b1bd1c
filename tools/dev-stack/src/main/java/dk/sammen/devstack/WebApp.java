package dk.sammen.devstack;

import org.awaitility.Awaitility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The web app (web/, built by ./mvnw) served on one origin with the four APIs under
 * {@code /api/<service>/}: Vite's preview server and its proxy, a Node.js process of its own,
 * told where each service and the identity provider are.
 */
public final class WebApp implements AutoCloseable {

    // HTTP/1.1: Node's server leaves the JDK client's h2c upgrade request unanswered.
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1)).build();

    private final Path web;
    private final int port;
    private Process process;

    @SuppressWarnings("NullAway.Init") // the process is set when it starts
    public WebApp(Path root, int port) {
        this.web = root.resolve("web");
        this.port = port;
    }

    /** Where the browser opens it. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The origins a browser may use for it: the identity provider registers their sign-in redirects. */
    public List<String> origins() {
        return List.of("http://127.0.0.1:" + port, "http://localhost:" + port);
    }

    public WebApp start(Map<String, URI> services, URI issuer, Path log, Duration timeout) {
        Path vite = web.resolve("node_modules/vite/bin/vite.js");
        if (!Files.isRegularFile(web.resolve("dist/index.html")) || !Files.isRegularFile(vite)) {
            throw new IllegalStateException("The web app is not built: ./mvnw -DskipTests install builds it (web/dist)");
        }
        ProcessBuilder builder = new ProcessBuilder("node", vite.toString(), "preview", "--port", Integer.toString(port), "--strictPort",
                "--host", "127.0.0.1").directory(web.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        services.forEach((name, url) -> builder.environment().put("SAMMEN_" + name.toUpperCase() + "_URL", url.toString()));
        builder.environment().put("SAMMEN_OIDC_AUTHORITY", issuer.toString());
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the web app's server (node)", e);
        }
        Awaitility.await("the web app").atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("The web app's server exited with " + process.exitValue() + "; see " + log);
            }
            try {
                return HTTP.send(HttpRequest.newBuilder(url().resolve("/config.json")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
        return this;
    }

    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
