package dk.sammen.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dk.sammen.platform.security.Caller;
import dk.sammen.platform.security.Role;
import dk.sammen.platform.test.infra.FreePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The realm docker-compose.yml imports into Keycloak, imported by a real Keycloak: the server
 * distribution of the same version as the compose file's image, run as a plain process (there is
 * no Docker engine where CI runs). Each demo professional signs in through the {@code sammen-cli}
 * client; the token must pass the checks every service makes (the realm's signature, issuer,
 * audience {@code sammen}) and read as the same {@link Caller} the development identity
 * provider's person does: same id, roles and centre. Found on its first run: the realm listed
 * its own client scopes without Keycloak's {@code basic}, so tokens had no {@code sub}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeycloakRealmTest {

    private static final Path ROOT = Path.of("../..");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Path LOG = Path.of("target/keycloak.log");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process keycloak;
    private String issuer;

    @BeforeAll
    void startKeycloak() throws Exception {
        String version = System.getProperty("keycloak.version");
        assertThat(Files.readString(ROOT.resolve("docker-compose.yml")))
                .as("the compose file runs the Keycloak version checked here").contains("image: quay.io/keycloak/keycloak:" + version + "\n");
        Path home = Path.of("target/keycloak/keycloak-" + version);
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(ROOT.resolve("deploy/compose/keycloak/sammen-realm.json"), imports.resolve("sammen-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        List<Integer> ports = FreePorts.reserve(2);
        int port = ports.get(0);
        int management = ports.get(1);
        issuer = "http://127.0.0.1:" + port + "/realms/sammen";
        ProcessBuilder start = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + management, "--health-enabled=true",
                "--hostname=http://127.0.0.1:" + port, "--db=dev-mem")
                .redirectErrorStream(true).redirectOutput(LOG.toFile());
        start.environment().put("JAVA_HOME", System.getProperty("java.home"));
        start.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        keycloak = start.start();
        URI ready = URI.create("http://127.0.0.1:" + management + "/health/ready");
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!isUp(ready)) {
            assertThat(keycloak.isAlive()).as("Keycloak runs (target/keycloak.log)").isTrue();
            assertThat(Instant.now()).as("Keycloak ready within " + START_TIMEOUT + " (target/keycloak.log)").isBefore(deadline);
            Thread.sleep(500);
        }
        assertThat(Files.readString(LOG)).as("the realm imports whole: every scope and role it refers to is in it")
                .contains("Realm 'sammen' imported").doesNotContain("doesn't exist");
    }

    @AfterAll
    void stopKeycloak() throws InterruptedException {
        if (keycloak != null) {
            keycloak.descendants().forEach(ProcessHandle::destroy);
            keycloak.destroy();
            keycloak.waitFor();
        }
    }

    @Test
    void everyDemoProfessionalGetsATokenTheServicesAcceptAsTheSamePerson() throws Exception {
        NimbusJwtDecoder decoder = servicesDecoder();

        JsonNode people = new YAMLMapper().readTree(ROOT.resolve("tools/dev-identity/src/main/resources/application.yml").toFile())
                .at("/sammen/demo/people");
        JsonNode realm = new ObjectMapper().readTree(ROOT.resolve("deploy/compose/keycloak/sammen-realm.json").toFile());
        Set<String> professionals = new TreeSet<>();
        people.fields().forEachRemaining(person -> {
            Set<String> roles = strings(person.getValue().get("roles"));
            if (!roles.contains("young-person") && !roles.contains("guardian")) {
                professionals.add(person.getKey());
            }
        });
        Set<String> inRealm = new TreeSet<>();
        realm.get("users").forEach(user -> inRealm.add(user.get("username").asText()));
        assertThat(inRealm).as("the realm's people are the development provider's professionals").isEqualTo(professionals);

        List<String> wrong = new ArrayList<>();
        for (String username : professionals) {
            JsonNode person = people.get(username);
            Jwt token = decoder.decode(signIn(username, "demo"));
            Caller caller = Caller.of(token);
            Set<String> roles = caller.roles().stream().map(Role::claim).collect(Collectors.toCollection(TreeSet::new));
            if (!UUID.fromString(person.get("id").asText()).equals(caller.id())) {
                wrong.add(username + ": id " + caller.id());
            }
            if (!roles.equals(strings(person.get("roles")))) {
                wrong.add(username + ": roles " + roles + " (token: " + token.getClaim("roles") + ")");
            }
            String centre = person.hasNonNull("centre") ? person.get("centre").asText() : null;
            if (!Objects.equals(centre, caller.centre())) {
                wrong.add(username + ": centre " + caller.centre());
            }
        }
        assertThat(wrong).as("tokens read otherwise than the development provider's people").isEmpty();
    }

    @Test
    void aWrongPasswordGetsNoTokenAndATamperedTokenIsRefused() throws Exception {
        HttpResponse<String> refused = tokenRequest("rikke", "not-the-password");
        assertThat(refused.statusCode()).isEqualTo(401);

        NimbusJwtDecoder decoder = servicesDecoder();
        String token = signIn("rikke", "demo");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"caseworker\"", "\"dpo\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(JwtException.class);
    }

    /** The checks every service makes (Spring Boot's resource server with issuer-uri and audiences): keys, issuer, audience. */
    private NimbusJwtDecoder servicesDecoder() {
        NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(issuer);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<Collection<String>>("aud", audience -> audience != null && audience.contains("sammen"))));
        return decoder;
    }

    private String signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = tokenRequest(username, password);
        assertThat(response.statusCode()).as(username + " signs in: " + response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body()).get("access_token").asText();
    }

    private HttpResponse<String> tokenRequest(String username, String password) throws IOException, InterruptedException {
        String form = Map.of("grant_type", "password", "client_id", "sammen-cli", "username", username, "password", password)
                .entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private boolean isUp(URI health) {
        try {
            return http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        if (array != null) {
            array.forEach(value -> values.add(value.asText()));
        }
        return values;
    }

}
