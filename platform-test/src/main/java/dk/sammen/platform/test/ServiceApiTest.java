package dk.sammen.platform.test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a test of one service's API has to hand: the service over HTTP, its own database, and
 * the names its topics have in this test context.
 */
@ServiceTest
public abstract class ServiceApiTest {

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected JdbcClient jdbc;

    @Value("${" + RealInfrastructure.TOPIC_PREFIX + "}")
    private String topicPrefix;

    /** @param topic a name from {@link dk.sammen.events.Topics} */
    protected String topic(String topic) {
        return topicPrefix + topic;
    }
}
