package dk.sammen.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** JSON over HTTP to a service of the local stack, for the benchmarks and the demo data. */
final class StackHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private StackHttp() {
    }

    /** The body of a successful GET; anything but 2xx is an error. */
    static String get(URI service, String path) {
        return ok(HttpRequest.newBuilder(service.resolve(path)).timeout(Duration.ofMinutes(2)).build());
    }

    /** The body of a successful POST of JSON; anything but 2xx is an error. */
    static String post(URI service, String path, String body) {
        return ok(HttpRequest.newBuilder(service.resolve(path)).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build());
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
