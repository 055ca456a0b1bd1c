package dk.sammen.plans.access;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestIdentity;
import dk.sammen.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only a token the municipality's identity provider signed, for Sammen, and still valid, gets
 * in; health probes, metrics and the API documentation need none.
 */
class AuthenticationTest extends ServiceApiTest {

    private final TestIdentity caseworker = TestIdentity.with("caseworker");

    @Test
    void noTokenOrABadOneIsAnUnauthenticatedProblem() {
        assertUnauthenticated(anonymous().getForEntity("/worklists/" + caseworker.id(), JsonNode.class), null);
        Instant later = Instant.now().plusSeconds(600);
        assertUnauthenticated(call(TestTokens.forged(caseworker, "http://another-issuer.test", TestTokens.AUDIENCE, later, false)), "invalid_token");
        assertUnauthenticated(call(TestTokens.forged(caseworker, TestTokens.ISSUER, "another-system", later, false)), "invalid_token");
        assertUnauthenticated(call(TestTokens.forged(caseworker, TestTokens.ISSUER, TestTokens.AUDIENCE,
                Instant.now().minusSeconds(600), false)), "invalid_token");
        assertUnauthenticated(call(TestTokens.forged(caseworker, TestTokens.ISSUER, TestTokens.AUDIENCE, later, true)), "invalid_token");
        assertUnauthenticated(call("not-a-jwt"), "invalid_token");

        assertThat(call(caseworker.token()).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void probesMetricsAndDocumentationNeedNoToken() {
        assertThat(anonymous().getForEntity("/actuator/health/readiness", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(anonymous().getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode document = anonymous().getForObject("/v3/api-docs", JsonNode.class);
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
    }

    private ResponseEntity<JsonNode> call(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return anonymous().exchange("/worklists/" + caseworker.id(), HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private static void assertUnauthenticated(ResponseEntity<JsonNode> response, String error) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("type").asText()).isEqualTo("urn:sammen:problem:unauthenticated");
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        if (error != null) {
            assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).contains("error=\"" + error + "\"");
        }
    }
}
