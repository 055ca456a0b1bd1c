package dk.sammen.offers.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.offers.TestOffers;
import dk.sammen.platform.test.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;

import static dk.sammen.platform.test.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Onboarding a catalogue: bad rows reported and the rest imported; the same file again changes
 * nothing. A context of its own, so the sample catalogue is the whole catalogue the questions see.
 */
@TestPropertySource(properties = "spring.application.name=offers-catalogue")
class CatalogueImportTest extends ServiceApiTest {

    private JsonNode search(String query) {
        return http.getForObject("/offers?" + query, JsonNode.class);
    }

    private List<String> names(String query) {
        List<String> names = new java.util.ArrayList<>();
        search(query).get("items").forEach(item -> names.add(item.get("details").get("name").asText()));
        return names;
    }

    @Test
    void theSampleCatalogueImportsOnceAndAnswersACaseworkersQuestions() {
        JsonNode first = post(http, "/offers/imports/sample-catalogue", null).getBody();
        JsonNode again = post(http, "/offers/imports/sample-catalogue", null).getBody();

        assertThat(first.get("imported").asInt()).isEqualTo(60);
        assertThat(first.get("rejected")).isEmpty();
        assertThat(again.get("unchanged").asInt()).isEqualTo(60);
        assertThat(again.get("imported").asInt()).isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> search("size=1").get("totalItems").asInt() >= 60);

        // "Where can a 14-year-old get an internship, in a kindergarten say?"
        assertThat(names("q=praktik børnehave&age=14")).first().isEqualTo("Praktik i virksomheder og institutioner");
        // "What is there for substance use for an 18-year-old?"
        assertThat(names("need=SUBSTANCE_USE&age=18")).containsExactlyInAnyOrder(
                "Brydehuset: ambulant misbrugsbehandling", "Brydehuset: døgnbehandling", "Opsøgende gadeplansarbejde");
        // "Mentors in the labour-market centre"
        assertThat(names("q=mentor&centre=C_ARB")).contains("Virksomhedsmentor", "Mentor til fastholdelse i uddannelse",
                "Mentor ved udskrivning fra psykiatrien", "Mentor til helbredsafklaring");

        // A 15-year-old in grade 9 with absence, who dreams of an internship in a kindergarten.
        JsonNode match = post(http, "/offers/match", """
                {"age": 15, "targetGroup": "GRADE_7_9_WITH_ABSENCE", "needCategories": ["SCHOOL_ATTENDANCE"],
                 "goals": "praktik i en børnehave"}""").getBody();
        assertThat(match.get(0).get("reasons").toString()).contains("serves [SCHOOL_ATTENDANCE]");
        match.forEach(offer -> assertThat(offer.get("details").get("targetGroup").get("ageMin").asInt()).isLessThanOrEqualTo(15));
        JsonNode internship = java.util.stream.StreamSupport.stream(match.spliterator(), false)
                .filter(offer -> offer.get("details").get("name").asText().equals("Praktik i virksomheder og institutioner"))
                .findFirst().orElseThrow();
        assertThat(internship.get("reasons").toString()).contains("its description matches the goals");

        // A mentor from the jobcentre and § 85 home support both for everyday mastery: a double offer; the club complements both.
        JsonNode combination = post(http, "/offers/combinations", """
                {"offerIds": ["%s", "%s", "%s"]}""".formatted(sample("arb-fastholdelsesmentor"), sample("ss-hjemmevejledning"),
                sample("sik-klub"))).getBody();
        assertThat(combination.get("doubleOffers")).hasSize(1);
        assertThat(combination.get("doubleOffers").get(0).get("sharedNeeds").toString()).isEqualTo("[\"EVERYDAY_MASTERY\"]");
        assertThat(combination.get("complements")).hasSize(2);
    }

    private static java.util.UUID sample(String catalogueKey) {
        return java.util.UUID.nameUUIDFromBytes(("catalogue:" + catalogueKey).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aBadRowIsReportedWhereItIsWrongAndTheRestIsImported() {
        JsonNode report = post(http, "/offers/imports", """
                [
                  {"catalogueKey": "test-ok", "offer": %s},
                  {"catalogueKey": "", "offer": %s},
                  {"catalogueKey": "test-no-criteria", "offer": %s},
                  {"catalogueKey": "test-ages", "offer": %s},
                  {"catalogueKey": "test-type", "offer": %s}
                ]""".formatted(
                offer("Importeret klub", 13, 18, "5"), offer("Uden nøgle", 13, 18, "5"),
                offer("Uden kriterier", 13, 18, "5").replace("\"empowerment\": \"Den unge sætter målene\"", "\"empowerment\": \"\""),
                offer("Omvendte aldre", 18, 13, "5"), offer("Forkert type", 13, 18, "\"mange\""))).getBody();

        assertThat(report.get("imported").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").findValuesAsText("row")).containsExactly("2", "3", "4", "5");
        assertThat(report.get("rejected").get(0).get("errors").findValuesAsText("field")).containsExactly("catalogueKey");
        assertThat(report.get("rejected").get(1).get("errors").findValuesAsText("field")).containsExactly("offer.criteria.empowerment");
        assertThat(report.get("rejected").get(2).get("errors").get(0).get("message").asText()).startsWith("age-range");
        assertThat(report.get("rejected").get(3).get("errors").findValuesAsText("field")).containsExactly("offer.capacity");
        assertThat(jdbc.sql("SELECT count(*) FROM catalogue_import WHERE catalogue_key LIKE 'test-%'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSpreadsheetImportsWithTheSameChecksAndReport() {
        String header = String.join(",", CsvCatalogue.COLUMNS);
        String good = "csv-lektie,Lektiecafé på biblioteket,Lektiehjælp og fællesskab,C_SIK,Bibliotekerne,Folkeoplysningsloven,§ 47,"
                + "13,20,GRADE_7_9_WITH_ABSENCE;SUPPORT_TOWARDS_EDUCATION_OR_JOB,COMMUNITY_LEISURE,INTERNAL,Bibliotekerne,,,40,0,"
                + "To eftermiddage om ugen,Fællesskab,Den unge vælger fag,Åbent,Foreningsliv,LEARNING;SOCIAL_NETWORK,MASTERY";
        String bad = "csv-forkert,Forkert behov,x,C_SIK,Klubberne,Folkeoplysningsloven,§ 47,13,18,,GROUP,INTERNAL,Klubberne,,,abc,0,"
                + "Ugentligt,Fællesskab,Egne mål,Åbent,,FUN,";
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.valueOf("text/csv"));

        JsonNode report = http.postForObject("/offers/imports", new org.springframework.http.HttpEntity<>(
                header + "\n" + good + "\n" + bad + "\n", headers), JsonNode.class);

        assertThat(report.get("rows").asInt()).isEqualTo(2);
        assertThat(report.get("imported").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(report.get("rejected").get(0).get("errors").get(0).get("field").asText()).startsWith("offer.");
        await().atMost(Duration.ofSeconds(10)).until(() -> names("q=lektiehjælp biblioteket").contains("Lektiecafé på biblioteket"));
    }

    static String offer(String name, int ageMin, int ageMax, String capacity) {
        return TestOffers.offer(name, "Importeret", "C_SIK", "COMMUNITY_LEISURE", "[\"SOCIAL_NETWORK\"]", ageMin, ageMax, capacity);
    }
}
