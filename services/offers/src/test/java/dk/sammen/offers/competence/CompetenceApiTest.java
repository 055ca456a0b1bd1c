package dk.sammen.offers.competence;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.platform.test.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dk.sammen.platform.test.Api.assertCreated;
import static dk.sammen.platform.test.Api.assertProblem;
import static dk.sammen.platform.test.Api.post;
import static dk.sammen.platform.test.Api.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The competence bank over HTTP: registered, found in Danish, matched to needs with the reasons. */
class CompetenceApiTest extends ServiceApiTest {

    static String competence(String title, String description, String centre, String needs, String languages, String availability) {
        return """
                {"details": {"title": "%s", "description": "%s", "holder": "Mentorkorpset", "centre": "%s", "needCategories": %s,
                 "languages": %s, "contactRoute": "Via sekretariatet"}, "availability": "%s"}"""
                .formatted(title, description, centre, needs, languages, availability);
    }

    private List<String> titles(String query) {
        List<String> titles = new ArrayList<>();
        http.getForObject("/competences?" + query, JsonNode.class).forEach(c -> titles.add(c.get("details").get("title").asText()));
        return titles;
    }

    @Test
    void competencesAreFoundByTheirDanishWordsAndMatchedToAYoungPersonsNeeds() {
        UUID anxiety = assertCreated(post(http, "/competences", competence("Mentor med erfaring med angst",
                "Har fulgt unge med angsten tæt i skole og praktik", "C_ARB", "[\"MENTAL_HEALTH\", \"SCHOOL_ATTENDANCE\"]",
                "[\"dansk\"]", "AVAILABLE")), "/competences");
        UUID retail = assertCreated(post(http, "/competences", competence("Virksomhedsnetværk i detailhandlen",
                "Kontakter til butikker, der tager unge i praktik", "C_ARB", "[\"EMPLOYMENT\"]", "[\"dansk\"]", "LIMITED")), "/competences");
        UUID arabic = assertCreated(post(http, "/competences", competence("Arabisktalende familiebehandler",
                "Familiebehandling på arabisk og dansk", "C_BUR", "[\"FAMILY_SUPPORT\", \"MENTAL_HEALTH\"]", "[\"arabisk\", \"dansk\"]",
                "AVAILABLE")), "/competences");
        await().atMost(Duration.ofSeconds(10)).until(() -> titles("").size() >= 3);

        assertThat(titles("q=angst")).contains("Mentor med erfaring med angst").doesNotContain("Virksomhedsnetværk i detailhandlen");
        assertThat(titles("q=praktik butikker&availability=LIMITED")).containsExactly("Virksomhedsnetværk i detailhandlen");
        assertThat(titles("need=FAMILY_SUPPORT&centre=C_BUR")).contains("Arabisktalende familiebehandler");

        JsonNode match = http.postForObject("/competences/match", new org.springframework.http.HttpEntity<>("""
                {"needCategories": ["MENTAL_HEALTH", "FAMILY_SUPPORT"], "language": "arabisk"}""", jsonHeaders()), JsonNode.class);
        List<String> ids = match.findValuesAsText("competenceId");
        assertThat(ids.indexOf(arabic.toString())).isLessThan(ids.indexOf(anxiety.toString()));
        assertThat(ids).doesNotContain(retail.toString());
        assertThat(match.get(ids.indexOf(arabic.toString())).get("reasons").toString()).contains("answers [MENTAL_HEALTH, FAMILY_SUPPORT]", "speaks arabisk");

        send(http, HttpMethod.DELETE, "/competences/" + anxiety, null, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> !titles("q=angst").contains("Mentor med erfaring med angst"));
        assertProblem(post(http, "/competences", competence("", "x", "C_ARB", "[]", "[]", "AVAILABLE")), HttpStatus.BAD_REQUEST, "details.title");
    }

    private static org.springframework.http.HttpHeaders jsonHeaders() {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        return headers;
    }
}
