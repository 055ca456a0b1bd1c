package dk.sammen.platform.test;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.Topics;
import dk.sammen.platform.kafka.IntegrationEventEnvelope;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What a test of one service's API has to hand: the service over HTTP, its own database, and
 * the names its topics have in this test context.
 *
 * <p>{@link #http} calls with the token of the person the service's tests act as by default
 * ({@link TestIdentity#defaultFor}); {@link #as} calls as someone else, {@link #anonymous} with
 * no token at all. These clients change things as a script does: a change that names no version
 * says so with {@code If-Match: *}; {@link #asFrontEnd} sends only what the test gives it, as a
 * front end that must name the version it shows (428 without it).
 */
@ServiceTest
public abstract class ServiceApiTest {

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    private ObjectProvider<KafkaTemplate<String, CloudEvent>> kafka;

    @Value("${" + RealInfrastructure.TOPIC_PREFIX + "}")
    private String topicPrefix;

    @Value("${spring.application.name}")
    private String application;

    @Value("${spring.datasource.url}")
    private String databaseUrl;

    @Value("${spring.datasource.username}")
    private String databaseUser;

    @Value("${spring.datasource.password:}")
    private String databasePassword;

    @BeforeEach
    void callWithToken() {
        var interceptors = http.getRestTemplate().getInterceptors();
        if (interceptors.stream().noneMatch(DefaultToken.class::isInstance)) {
            interceptors.add(new DefaultToken(TestIdentity.defaultFor(application)));
        }
        if (interceptors.stream().noneMatch(AnyVersionUnlessNamed.class::isInstance)) {
            interceptors.add(new AnyVersionUnlessNamed());
        }
    }

    /** The person this service's tests act as unless they say otherwise. */
    protected TestIdentity me() {
        return TestIdentity.defaultFor(application);
    }

    /** The service as {@code identity} calls it. */
    protected TestRestTemplate as(TestIdentity identity) {
        return client(identity.token(), true);
    }

    /** The service as a front end calls it for {@code identity}: a change carries an {@code If-Match} only if the test sends one. */
    protected TestRestTemplate asFrontEnd(TestIdentity identity) {
        return client(identity.token(), false);
    }

    /** The service called with no token. */
    protected TestRestTemplate anonymous() {
        return client(null, true);
    }

    private TestRestTemplate client(String token, boolean anyVersionUnlessNamed) {
        RestTemplateBuilder builder = new RestTemplateBuilder().rootUri(http.getRootUri())
                .messageConverters(http.getRestTemplate().getMessageConverters());
        if (token != null) {
            builder = builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (anyVersionUnlessNamed) {
            builder = builder.additionalInterceptors(new AnyVersionUnlessNamed());
        }
        return new TestRestTemplate(builder);
    }

    /**
     * A connection of its own to the service's database, outside its pool, as a second replica of
     * the service has: what it locks or writes the service sees as another process's doing, and
     * closing it ends the session as that replica dying would.
     */
    protected Connection anotherReplicasConnection() throws SQLException {
        return DriverManager.getConnection(databaseUrl, databaseUser, databasePassword);
    }

    /** @param topic a name from {@link dk.sammen.events.Topics} */
    protected String topic(String topic) {
        return topicPrefix + topic;
    }

    /**
     * Publishes {@code event} on {@code topic} as its owning service's relay would (a CloudEvent
     * from that service, keyed by its subject), and waits for the broker to have it.
     *
     * @param topic a name from {@link Topics}
     */
    protected void publish(String topic, IntegrationEvent event) {
        CloudEvent record = IntegrationEventEnvelope.wrap(event, UUID.randomUUID().toString(), Topics.sourceOf(topic), Instant.now());
        try {
            kafka.getObject().send(new ProducerRecord<>(topic(topic), event.subject(), record)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException failed) {
            throw new IllegalStateException("Could not publish " + event + " on " + topic, failed);
        }
    }

    /** A change that names no version, sent as a script sends it: {@code If-Match: *}, "whatever version is there". */
    private record AnyVersionUnlessNamed() implements ClientHttpRequestInterceptor {
        @Override
        public org.springframework.http.client.ClientHttpResponse intercept(org.springframework.http.HttpRequest request,
                                                                          byte[] body,
                                                                          org.springframework.http.client.ClientHttpRequestExecution execution)
                throws java.io.IOException {
            if (!org.springframework.http.HttpMethod.GET.equals(request.getMethod()) && !request.getHeaders().containsKey(HttpHeaders.IF_MATCH)) {
                request.getHeaders().setIfMatch("*");
            }
            return execution.execute(request, body);
        }
    }

    /** Adds the default person's token to a request that carries none of its own. */
    private record DefaultToken(TestIdentity identity) implements ClientHttpRequestInterceptor {
        @Override
        public org.springframework.http.client.ClientHttpResponse intercept(org.springframework.http.HttpRequest request,
                                                                          byte[] body,
                                                                          org.springframework.http.client.ClientHttpRequestExecution execution)
                throws java.io.IOException {
            if (!request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
                request.getHeaders().setBearerAuth(identity.token());
            }
            return execution.execute(request, body);
        }
    }
}
