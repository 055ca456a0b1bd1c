package dk.sammen.devidentity;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development identity provider issues what the services check: signed by the key it
 * publishes, its issuer, audience {@code sammen}, and the demo person's id, roles and centre.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class DevIdentityTest {

    @Autowired
    TestRestTemplate http;

    @Value("${local.server.port}")
    int port;

    @Value("${spring.security.oauth2.authorizationserver.issuer}")
    String issuer;

    @Test
    void aDemoPersonsTokenCarriesTheirIdRolesAndCentreForSammen() {
        Jwt token = verified(token("rikke", "demo").getBody().get("access_token").asText());

        assertThat(token.getSubject()).isEqualTo("5b0c2f0e-1a01-4c4e-8a10-000000000001");
        assertThat(token.getAudience()).containsExactly("sammen");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("caseworker");
        assertThat(token.getClaimAsString("centre")).isEqualTo("C_BUR");
        assertThat(token(("rikke"), "wrong").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aGuardianSignsInWithTheCitizenIdsThePlansServiceGaveThem() {
        UUID maja = UUID.randomUUID();
        UUID daughter = UUID.randomUUID();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        http.put("/demo-people/maja", new HttpEntity<>("""
                {"id": "%s", "guardianOf": ["%s"]}""".formatted(maja, daughter), headers));

        Jwt token = verified(token("maja", "demo").getBody().get("access_token").asText());
        assertThat(token.getSubject()).isEqualTo(maja.toString());
        assertThat(token.getClaimAsStringList("roles")).containsExactly("guardian");
        assertThat(token.getClaimAsStringList("guardian_of")).containsExactly(daughter.toString());
    }

    /**
     * The web app signs in from its own origin, so its browser may fetch the token (CORS); no other
     * origin may. (Its redirect back is registered: the browser tests sign in through it.)
     */
    @Test
    void theWebAppsOriginMayFetchATokenFromTheBrowserAndNoOtherMay() throws Exception {
        assertThat(preflight("http://localhost:5173").headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:5173");
        var foreign = preflight("http://attacker.example");
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(foreign.statusCode()).isEqualTo(403);

    }

    /** A browser's preflight, sent as one (the JDK's older client drops an Origin header). */
    private java.net.http.HttpResponse<String> preflight(String origin) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build();
        try (var client = java.net.http.HttpClient.newHttpClient()) {
            return client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        }
    }

    private ResponseEntity<JsonNode> token(String username, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(username, password);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return http.postForEntity("/oauth2/token", new HttpEntity<>("grant_type=client_credentials", headers), JsonNode.class);
    }

    /** As a service verifies it: the published keys, the issuer, the audience. */
    private Jwt verified(String token) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri("http://127.0.0.1:" + port + "/oauth2/jwks").build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains("sammen"))));
        return decoder.decode(token);
    }
}
