package dk.sammen.plans.task;

import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** One person cannot hold more notification streams than a few tabs need: each costs the instance a query a poll. */
@TestPropertySource(properties = "sammen.plans.notifications.stream-lifetime=PT30S")
class NotificationStreamLimitTest extends ServiceApiTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private HttpResponse<InputStream> open(TestIdentity person) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(http.getRootUri() + "/notifications/stream"))
                .header("Authorization", "Bearer " + person.token()).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    @Test
    void aFourthStreamOfOnePersonIsRefusedWithRetryAfterAndAnotherPersonIsNotHeldUp() throws Exception {
        TestIdentity caseworker = new TestIdentity(UUID.randomUUID(), List.of("caseworker"), "C_SS", List.of());
        List<HttpResponse<InputStream>> open = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                HttpResponse<InputStream> stream = open(caseworker);
                open.add(stream);
                assertThat(stream.statusCode()).as("stream %d", i + 1).isEqualTo(200);
            }
            HttpResponse<InputStream> fourth = open(caseworker);
            open.add(fourth);
            assertThat(fourth.statusCode()).isEqualTo(429);
            assertThat(fourth.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(new String(fourth.body().readAllBytes())).contains("urn:sammen:problem:too-many-requests");

            HttpResponse<InputStream> colleague = open(new TestIdentity(UUID.randomUUID(), List.of("caseworker"), "C_SS", List.of()));
            open.add(colleague);
            assertThat(colleague.statusCode()).isEqualTo(200);
        } finally {
            for (HttpResponse<InputStream> stream : open) {
                stream.body().close();
            }
        }
    }
}
