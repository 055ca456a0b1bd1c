package dk.sammen.referrals.followup;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.platform.identity.CitizenPseudonyms;
import dk.sammen.platform.identity.Cpr;
import dk.sammen.platform.test.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.util.UUID;

import static dk.sammen.platform.test.Api.assertProblem;
import static dk.sammen.platform.test.Api.assertRuleViolated;
import static dk.sammen.platform.test.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class FollowUpApiTest extends ServiceApiTest {

    @Autowired
    CitizenPseudonyms pseudonyms;

    private JsonNode list() {
        return http.getForObject("/follow-up-list", JsonNode.class);
    }

    @Test
    void signalsPutYoungPeopleOnTheFollowUpListUntilSomeoneActs() {
        String pupil = "150811-4123";
        String dropout = "010105-4123";
        UUID pupilId = pseudonyms.of(Cpr.parse(pupil));
        UUID dropoutId = pseudonyms.of(Cpr.parse(dropout));

        assertThat(post(http, "/signals/school-absence", """
                {"cpr": "%s", "grade": 8, "absencePercent": 32, "periodEnd": "2025-03-31"}""".formatted(pupil)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        post(http, "/signals/education-status", """
                {"cpr": "%s", "status": "DROPPED_OUT", "reportedOn": "2025-02-01"}""".formatted(dropout));
        post(http, "/signals/move-ins", """
                {"cpr": "010105-4124", "movedInOn": "2025-02-01"}""");
        post(http, "/signals/education-status", """
                {"cpr": "010105-4125", "status": "ENROLLED", "reportedOn": "2025-02-01"}""");

        await().atMost(Duration.ofSeconds(10)).until(() -> list().findValuesAsText("citizenId").containsAll(
                java.util.List.of(pupilId.toString(), dropoutId.toString(), pseudonyms.of(Cpr.parse("010105-4124")).toString())));
        assertThat(list().findValuesAsText("citizenId")).doesNotContain(pseudonyms.of(Cpr.parse("010105-4125")).toString());
        assertThat(list().toString()).contains("SCHOOL_ABSENCE_OVER_20_PERCENT", "DROPPED_OUT", "MOVED_IN_WITHOUT_ATTACHMENT");

        post(http, "/young-people/" + pupilId + "/follow-up", """
                {"action": "COURSE_OFFERED", "by": "%s", "note": "Tilbudt et sammenhængende borgerforløb"}""".formatted(UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(10)).until(() -> !list().findValuesAsText("citizenId").contains(pupilId.toString()));
        assertRuleViolated(post(http, "/young-people/" + pupilId + "/follow-up", """
                {"action": "CONTACTED", "by": "%s"}""".formatted(UUID.randomUUID())), "on-follow-up-list");
    }

    /** Signals stored; other tests' deadlines and links may be stored meanwhile. */
    private long signalsStored() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%FollowUpEvents%'").query(Long.class).single();
    }

    @Test
    void badSignalsAreNamedAndNothingIsStored() {
        long before = signalsStored();

        assertProblem(post(http, "/signals/school-absence", """
                {"cpr": "150811-4123", "grade": 8, "absencePercent": 120, "periodEnd": "2025-03-31"}"""), HttpStatus.BAD_REQUEST, "absencePercent");
        assertProblem(post(http, "/signals/education-status", """
                {"cpr": "320111-4123", "status": "DROPPED_OUT", "reportedOn": "2025-02-01"}"""), HttpStatus.BAD_REQUEST, "cpr");
        assertProblem(post(http, "/signals/education-status", """
                {"cpr": "150811-4123", "status": "BORED", "reportedOn": "2025-02-01"}"""), HttpStatus.BAD_REQUEST, "status");
        assertThat(signalsStored()).isEqualTo(before);
    }
}
