package dk.sammen.plans;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.platform.test.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import java.util.UUID;

import static dk.sammen.platform.test.Api.assertProblem;
import static dk.sammen.platform.test.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

/** What the platform does at the edge of every service, shown on plans. */
@TestPropertySource(properties = {"sammen.web.allowed-origins=https://borgerforloeb.kommune.example", "sammen.web.max-request-size=64KB"})
class HardeningTest extends ServiceApiTest {

    private long citizensStored() {
        return jdbc.sql("SELECT count(*) FROM citizen_identity").query(Long.class).single();
    }

    @Test
    void aFieldTheCommandDoesNotHaveIsRefusedAndNothingIsStored() {
        long before = citizensStored();

        assertProblem(post(http, "/citizens", """
                {"cpr": "070311-4777", "name": "Ukendt Felt", "situaton": {"schoolGrade": 8}}"""), HttpStatus.BAD_REQUEST, "situaton");

        assertThat(citizensStored()).isEqualTo(before);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        String huge = "{\"cpr\": \"070311-4777\", \"name\": \"" + "x".repeat(70 * 1024) + "\"}";
        ResponseEntity<JsonNode> response = post(http, "/citizens", huge);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(response.getBody().get("type").asText()).isEqualTo("urn:sammen:problem:request-too-large");
    }

    @Test
    void responsesCarryTheSecurityHeaders() {
        ResponseEntity<String> response = http.getForEntity("/courses/" + UUID.randomUUID(), String.class);
        HttpHeaders headers = response.getHeaders();
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(headers.getCacheControl()).contains("no-store");
        assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getHeaders().getFirst("Content-Security-Policy"))
                .contains("script-src 'self'");
    }

    @Test
    void onlyTheConfiguredFrontEndOriginsMayCallFromABrowser() {
        assertThat(preflight("https://borgerforloeb.kommune.example").getHeaders().getAccessControlAllowOrigin())
                .isEqualTo("https://borgerforloeb.kommune.example");
        ResponseEntity<String> foreign = preflight("https://evil.example");
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(foreign.getHeaders().getAccessControlAllowOrigin()).isNull();
    }

    private ResponseEntity<String> preflight(String origin) {
        HttpHeaders headers = new HttpHeaders();
        headers.setOrigin(origin);
        headers.setAccessControlRequestMethod(HttpMethod.POST);
        headers.setAccessControlRequestHeaders(java.util.List.of("Content-Type", "Idempotency-Key"));
        return http.exchange("/courses", HttpMethod.OPTIONS, new HttpEntity<>(headers), String.class);
    }
}
