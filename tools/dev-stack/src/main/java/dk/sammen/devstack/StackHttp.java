package dk.sammen.devstack;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * JSON over HTTP to a service of the local stack as one demo person (their bearer token), for
 * the benchmarks and the demo data.
 */
public final class StackHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI service;
    private final String token;

    StackHttp(URI service, String token) {
        this.service = service;
        this.token = token;
    }

    /** A request to {@code path} with the person's token, for callers that build their own. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(service.resolve(path)).header("Authorization", "Bearer " + token);
    }

    /** The body of a successful GET; anything but 2xx is an error. */
    public String get(String path) {
        return ok(request(path).timeout(Duration.ofMinutes(2)).build());
    }

    /**
     * The body of a successful POST of JSON; anything but 2xx is an error. The demo data and the
     * benchmarks are scripts: a change names no version it read, and says so ({@code If-Match: *}).
     */
    public String post(String path, String body) {
        return ok(request(path).header("Content-Type", "application/json").header("If-Match", "*")
                .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Any method, with a JSON body or none (a change as a script's: {@code If-Match: *}); the response whatever its status. */
    public HttpResponse<String> send(String method, String path, @Nullable String body) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json");
        if (!method.equals("GET")) {
            request.header("If-Match", "*");
        }
        return send(request
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    static String ok(HttpRequest request) {
        HttpResponse<String> response = send(request);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
