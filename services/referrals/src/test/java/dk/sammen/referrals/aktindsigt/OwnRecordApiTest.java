package dk.sammen.referrals.aktindsigt;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.platform.identity.CitizenPseudonyms;
import dk.sammen.platform.identity.Cpr;
import dk.sammen.platform.test.Api;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestIdentity;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The young person's own record in referrals: the underretninger about them with the reporter and third parties left out. */
class OwnRecordApiTest extends ServiceApiTest {

    @Autowired
    CitizenPseudonyms pseudonyms;

    private static final String REPORTER = """
            {"kind": "SCHOOL", "anonymous": false, "name": "Birthe Skolelærer", "organisation": "Egeskovens Skole",
             "phone": "+45 11 22 33 44", "email": "birthe@egeskov.example.org"}""";

    /** A CPR number of someone born {@code yearsAgo} years ago (the century digit 4 places 2000–2036 births). */
    private static String cprOf(int yearsAgo, String serial) {
        LocalDate born = LocalDate.now().minusYears(yearsAgo).minusDays(40);
        return born.format(DateTimeFormatter.ofPattern("ddMMyy")) + "-4" + serial;
    }

    private static String underretningAbout(String childCpr, String description) {
        return """
                {"child": {"cpr": "%s", "name": "Ung Indsigtsen"}, "reporter": %s,
                 "guardians": [{"cpr": "140386-2123", "name": "Hanne Indsigtsmor"}],
                 "childInformed": false, "guardiansInformed": true, "interpreterLanguage": null, "otherAgencies": ["Familiehuset"],
                 "concerns": ["ABSENCE"], "description": "%s", "channel": "EMAIL", "receivedAt": "%s"}"""
                .formatted(childCpr, REPORTER, description, Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
    }

    private UUID receive(String childCpr, String description) {
        return Api.assertCreated(Api.post(http, "/underretninger", underretningAbout(childCpr, description)), "/underretninger");
    }

    @Test
    void theYoungPersonReadsWhatWasReportedAndDecidedWithoutTheReporterOrTheThirdPartiesItNames() throws Exception {
        String cpr = cprOf(14, "321");
        UUID citizenId = pseudonyms.of(Cpr.parse(cpr));
        UUID underretning = receive(cpr, "Birthe Skolelærer fra Egeskovens Skole ringer: fravær på 40 procent. Moren Hanne "
                + "Indsigtsmor (140386-2123) er bekymret. Ring til Skolelærer på +45 11 22 33 44 eller birthe@egeskov.example.org.");
        String at = "/underretninger/" + underretning;
        ResponseEntity<JsonNode> assessed = Api.post(http, at + "/assessment", """
                {"childInDanger": false, "acuteMeasuresNeeded": false,
                 "reasoning": "Samtale med Skolelærer bekræfter fraværet; ingen akut fare"}""");
        assertThat(assessed.getStatusCode()).as(String.valueOf(assessed.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<JsonNode> decided = Api.post(http, at + "/decision", """
                {"decision": "CHILD_WELFARE_INVESTIGATION", "reason": "Vedvarende fravær"}""");
        assertThat(decided.getStatusCode()).as(String.valueOf(decided.getBody())).isEqualTo(HttpStatus.NO_CONTENT);

        TestRestTemplate asYoungPerson = as(TestIdentity.youngPerson(citizenId));
        // The decision's answer carries a Consistency-Token: read with it, the record holds the decision.
        JsonNode record = Api.readAfter(asYoungPerson, "/citizens/" + citizenId + "/record", decided).getBody();
        assertThat(record.get("producedFor").asText()).isEqualTo("OWN");
        assertThat(record.get("underretninger")).hasSize(1);
        JsonNode reported = record.get("underretninger").get(0);
        assertThat(reported.get("reporterKind").asText()).isEqualTo("SCHOOL");
        assertThat(reported.get("description").asText())
                .isEqualTo("[udeladt] fra [udeladt] ringer: fravær på 40 procent. Moren [udeladt] ([udeladt]) er bekymret. "
                        + "Ring til [udeladt] på [udeladt] eller [udeladt].");
        assertThat(reported.get("assessment").asText()).isEqualTo("Samtale med [udeladt] bekræfter fraværet; ingen akut fare");
        assertThat(reported.get("decision").asText()).isEqualTo("CHILD_WELFARE_INVESTIGATION");
        assertThat(reported.get("decisionReason").asText()).isEqualTo("Vedvarende fravær");
        assertThat(record.toString()).doesNotContain("Birthe", "Skolelærer", "Egeskov", "Indsigtsmor", "140386", "11 22 33 44");

        // As a PDF: it opens, and its pages carry what was reported and not who reported it.
        HttpHeaders pdf = new HttpHeaders();
        pdf.setAccept(List.of(MediaType.APPLICATION_PDF));
        ResponseEntity<byte[]> answer = asYoungPerson.exchange("/citizens/" + citizenId + "/record", HttpMethod.GET, new HttpEntity<>(pdf),
                byte[].class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (PDDocument document = Loader.loadPDF(answer.getBody())) {
            assertThat(document.getNumberOfPages()).isPositive();
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Aktindsigt", "Underretning 1", "fravær på 40 procent", "Vedvarende fravær")
                    .doesNotContain("Birthe", "Skolelærer", "Egeskov", "Indsigtsmor");
        }

        // Her guardian while she is a minor, and the data-protection officer; not intake, not her caseworker, not someone else.
        assertThat(as(TestIdentity.guardianOf(citizenId)).getForObject("/citizens/" + citizenId + "/record", JsonNode.class)
                .get("producedFor").asText()).isEqualTo("GUARDIAN");
        assertThat(as(TestIdentity.with("dpo")).getForObject("/citizens/" + citizenId + "/record", JsonNode.class)
                .get("producedFor").asText()).isEqualTo("DPO");
        for (TestIdentity refused : List.of(TestIdentity.with("intake-worker"), TestIdentity.with("caseworker"),
                TestIdentity.youngPerson(UUID.randomUUID()), TestIdentity.guardianOf(UUID.randomUUID()))) {
            assertThat(as(refused).getForEntity("/citizens/" + citizenId + "/record", JsonNode.class).getStatusCode())
                    .as(refused.roles().toString()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        // Each request is in the audit trail as a read about her.
        assertThat(jdbc.sql("SELECT count(*) FROM audit_trail WHERE citizen_id = ? AND resource LIKE '%/record'").param(citizenId)
                .query(Long.class).single()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aGuardianHasNoRecordOfAYoungPersonWhoIs18() {
        String cpr = cprOf(19, "322");
        UUID citizenId = pseudonyms.of(Cpr.parse(cpr));
        ResponseEntity<JsonNode> received = Api.post(http, "/underretninger", underretningAbout(cpr, "Bekymring for trivsel"));
        // Read after the underretning is in the view, the service knows her birth date: the refusal is for her age.
        assertThat(Api.readAfter(as(TestIdentity.youngPerson(citizenId)), "/citizens/" + citizenId + "/record", received).getBody()
                .get("underretninger")).hasSize(1);
        assertThat(as(TestIdentity.guardianOf(citizenId)).getForEntity("/citizens/" + citizenId + "/record", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        String minor = cprOf(17, "323");
        UUID minorId = pseudonyms.of(Cpr.parse(minor));
        Api.readAfter(as(TestIdentity.youngPerson(minorId)), "/citizens/" + minorId + "/record",
                Api.post(http, "/underretninger", underretningAbout(minor, "Bekymring for trivsel")));
        assertThat(as(TestIdentity.guardianOf(minorId)).getForEntity("/citizens/" + minorId + "/record", JsonNode.class)
                .getStatusCode()).as("a year younger").isEqualTo(HttpStatus.OK);
    }
}
