package dk.sammen.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

/**
 * The two cases of seed 003 as demo data, entered through the plans API as a front end would:
 * Maja and her two children (their seven underretninger 2015-2022 in the referrals service; the
 * daughter's course, run by a citizen coordinator after a handover, with the internship
 * agreement) and Maria (the caravan as a trial action); and the sample offers catalogue.
 * Names and CPR numbers are invented.
 */
public final class DemoData {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<String, URI> plans;
    private final Function<String, URI> referrals;
    private final Function<String, URI> offers;

    /**
     * @param plans     resolves a path against the plans service
     * @param referrals resolves a path against the referrals service
     * @param offers    resolves a path against the offers service
     */
    public DemoData(Function<String, URI> plans, Function<String, URI> referrals, Function<String, URI> offers) {
        this.plans = plans;
        this.referrals = referrals;
        this.offers = offers;
    }

    /** The ids a front end would start from. */
    public record Loaded(UUID maja, UUID daughter, UUID son, UUID daughtersCourse, UUID coordinator, UUID maria, UUID mariasCourse) {
    }

    public Loaded load() {
        send(offers, "POST", "/offers/imports/sample-catalogue", null); // about 60 offers of the four centres
        LocalDate today = LocalDate.now();
        String majaCpr = cpr(today.minusYears(39).withMonth(3).withDayOfMonth(14), 2);
        String daughterCpr = cpr(today.minusYears(15).withMonth(2).withDayOfMonth(9), 4);
        String sonCpr = cpr(today.minusYears(12).withMonth(6).withDayOfMonth(21), 4);
        UUID maja = citizen(majaCpr, "Maja Demo", """
                {"needsSupportTowardsEducationOrJob": true, "completedEducation": "NONE", "inEducation": false, "employed": false}""");
        UUID daughter = citizen(daughterCpr, "Datter Demo", """
                {"schoolGrade": 9, "schoolAbsencePercent": 45, "needsSupportTowardsEducationOrJob": false, "completedEducation": "NONE",
                 "inEducation": true, "employed": false}""");
        UUID son = citizen(sonCpr, "Søn Demo", """
                {"schoolGrade": 6, "schoolAbsencePercent": 25, "needsSupportTowardsEducationOrJob": false, "completedEducation": "NONE",
                 "inEducation": true, "employed": false}""");
        relate(daughter, maja, "PARENT_OR_GUARDIAN");
        relate(son, maja, "PARENT_OR_GUARDIAN");
        relate(daughter, son, "SIBLING");

        UUID course = id(post("/courses", """
                {"citizenId": "%s", "reason": "HIGH_SCHOOL_ABSENCE"}""".formatted(daughter)));
        String at = "/courses/" + course;
        UUID caseworker = UUID.randomUUID();
        UUID teacher = UUID.randomUUID();
        post(at + "/consents", """
                {"givenBy": "YOUNG_PERSON", "sharedWith": ["C_BUR", "C_SIK", "C_ARB"]}""");
        post(at + "/consents", """
                {"givenBy": "GUARDIAN", "guardianId": "%s", "sharedWith": ["C_BUR", "C_SIK", "C_ARB"]}""".formatted(maja));
        send("PUT", at + "/tovholder", """
                {"professionalId": "%s", "name": "Rådgiver Demo", "role": "CASEWORKER", "centre": "C_BUR"}""".formatted(caseworker));
        post(at + "/team", """
                {"memberId": "%s", "name": "Lærer Demo", "role": "TEACHER", "affiliation": "C_SIK"}""".formatted(teacher));
        post(at + "/team", """
                {"memberId": "%s", "name": "Maja Demo", "role": "PARENT", "affiliation": "PRIVATE_NETWORK"}""".formatted(maja));
        send("PUT", at + "/aspirations", """
                {"dreams": "At arbejde med børn", "perceivedPath": "Passe skolen, praktik i en børnehave, så en uddannelse"}""");
        UUID school = id(post(at + "/goals", """
                {"area": "EDUCATION", "inOwnWords": "Jeg vil gå i skole hver dag", "how": "Mentor om morgenen", "responsibleId": "%s",
                 "byWhen": "%s"}""".formatted(daughter, today.plusMonths(6))));
        post(at + "/goals", """
                {"area": "GENERAL_COMMUNITY", "inOwnWords": "Være en del af klassen og en arbejdsplads", "how": "Praktik",
                 "responsibleId": "%s", "byWhen": "%s"}""".formatted(daughter, today.plusMonths(9)));
        post(at + "/goals/" + school + "/sub-goals", """
                {"description": "Møde til første time tre dage om ugen", "ownerId": "%s", "dueDate": "%s"}"""
                .formatted(daughter, today.plusWeeks(4)));
        post(at + "/activation", null);
        UUID coordinator = UUID.randomUUID();
        send("PUT", at + "/tovholder", """
                {"professionalId": "%s", "name": "Borgerkoordinator Demo", "role": "CITIZEN_COORDINATOR", "centre": "C_ARB",
                 "handoverReason": "Manglende progression"}""".formatted(coordinator));
        UUID meeting = id(post(at + "/meetings", """
                {"scheduledFor": "%s", "invitedMemberIds": ["%s", "%s", "%s"]}"""
                .formatted(Instant.now().plus(Duration.ofDays(1)), coordinator, teacher, maja)));
        post(at + "/meetings/" + meeting + "/minutes", """
                {"citizenPresent": true, "attendedMemberIds": ["%s", "%s", "%s"], "summary": "Datterens ønske om praktik i børnehave",
                 "decisions": [{"text": "Praktik i børnehave én dag om ugen, når skolen passes", "citizenAgrees": true}],
                 "agreements": [
                   {"party": "YOUNG_PERSON", "partyName": "Datter", "what": "Passer sin skole; så praktik 1 dag om ugen, 300 kr. om ugen",
                    "dueDate": "%s"},
                   {"party": "TEAM_MEMBER", "partyMemberId": "%s", "what": "Finder praktikplads i en børnehave", "dueDate": "%s"}]}"""
                .formatted(coordinator, teacher, maja, today.plusWeeks(8), coordinator, today.plusWeeks(2)));
        post(at + "/meetings", """
                {"scheduledFor": "%s", "invitedMemberIds": ["%s", "%s"]}""".formatted(Instant.now().plus(Duration.ofDays(56)), coordinator, teacher));
        post(at + "/progression", """
                {"dimension": "ATTENDANCE", "scaleMin": 0, "scaleMax": 100, "value": 100, "measuredBy": "%s", "measuredOn": "%s"}"""
                .formatted(teacher, today.minusDays(1)));
        post("/courses", """
                {"citizenId": "%s", "reason": "HIGH_SCHOOL_ABSENCE"}""".formatted(son));
        post("/courses", """
                {"citizenId": "%s", "reason": "CITIZEN_WISH"}""".formatted(maja));

        UUID maria = citizen(cpr(today.minusYears(24).withMonth(11).withDayOfMonth(2), 1), "Maria Demo", """
                {"needsSupportTowardsEducationOrJob": true, "completedEducation": "NONE", "inEducation": false, "employed": false}""");
        UUID mariasCourse = id(post("/courses", """
                {"citizenId": "%s", "reason": "LACK_OF_EXPECTED_PROGRESSION"}""".formatted(maria)));
        String m = "/courses/" + mariasCourse;
        UUID mentor = UUID.randomUUID();
        post(m + "/consents", """
                {"givenBy": "YOUNG_PERSON", "sharedWith": ["C_SS", "C_ARB"]}""");
        send("PUT", m + "/tovholder", """
                {"professionalId": "%s", "name": "Socialrådgiver Demo", "role": "CASEWORKER", "centre": "C_SS"}""".formatted(UUID.randomUUID()));
        post(m + "/team", """
                {"memberId": "%s", "name": "Mentor Demo", "role": "MENTOR", "affiliation": "C_SS"}""".formatted(mentor));
        post(m + "/goals", """
                {"area": "GENERAL_COMMUNITY", "inOwnWords": "Bo tæt på min familie og tage en uddannelse", "how": "STU og aktivitetstilbud",
                 "responsibleId": "%s", "byWhen": "%s"}""".formatted(maria, today.plusYears(1)));
        post(m + "/activation", null);
        UUID trial = id(post(m + "/trial-actions", """
                {"hypothesis": "Beboelsesvogn tæt på familien, ekstra fleksibel §85-støtte og mentor giver mere selvstændighed end botilbuddet",
                 "expectedCostPerYear": 800000, "costBeforePerYear": 1000000}"""));
        post(m + "/trial-actions/" + trial + "/decision", """
                {"approved": true, "reasoning": "Maria ønsker det; forældrene indgår i støtten"}""");
        notifications(majaCpr, daughterCpr, sonCpr, course);
        return new Loaded(maja, daughter, son, course, coordinator, maria, mariasCourse);
    }

    /**
     * The seven underretninger about Maja's children, 2015-2022, with their real dates (the
     * deadlines of the old ones show as breaches); the school's of 2019 informs the daughter's course.
     */
    private void notifications(String majaCpr, String daughterCpr, String sonCpr, UUID daughtersCourse) {
        int year = LocalDate.now().getYear();
        notify(daughterCpr, majaCpr, "OTHER_PROFESSIONAL", "Kontrolgruppen", "[\"OTHER\"]", (year - 10) + "-03-10");
        notify(sonCpr, majaCpr, "PPR", "PPR", "[\"WELL_BEING\"]", (year - 10) + "-09-15");
        notify(daughterCpr, majaCpr, "POLICE", "Politiet", "[\"CRIME\", \"SUBSTANCE_USE\"]", (year - 6) + "-02-20");
        UUID school = notify(daughterCpr, majaCpr, "SCHOOL", "Skolen", "[\"ABSENCE\", \"WELL_BEING\"]", (year - 6) + "-04-03");
        notify(sonCpr, majaCpr, "SCHOOL", "Skolen", "[\"ABSENCE\", \"WELL_BEING\"]", (year - 6) + "-04-03");
        notify(sonCpr, majaCpr, "OWN_DOCTOR", "Egen læge", "[\"MENTAL_HEALTH\"]", (year - 4) + "-06-14");
        notify(daughterCpr, majaCpr, "JOBCENTRE", "Jobcentret", "[\"MENTAL_HEALTH\", \"OTHER\"]", (year - 3) + "-10-05");
        UUID intake = UUID.randomUUID();
        send(referrals, "POST", "/underretninger/" + school + "/assessment", """
                {"assessedBy": "%s", "childInDanger": false, "acuteMeasuresNeeded": false, "reasoning": "Mønster over flere år"}"""
                .formatted(intake));
        send(referrals, "POST", "/underretninger/" + school + "/decision", """
                {"decision": "INFORM_EXISTING_COURSE", "reason": "Datteren har et sammenhængende borgerforløb", "decidedBy": "%s",
                 "courseId": "%s"}""".formatted(intake, daughtersCourse));
    }

    private UUID notify(String childCpr, String guardianCpr, String kind, String reporter, String concerns, String date) {
        return id(send(referrals, "POST", "/underretninger", """
                {"child": {"cpr": "%s"}, "reporter": {"kind": "%s", "anonymous": false, "name": "%s"},
                 "guardians": [{"cpr": "%s", "name": "Maja Demo"}], "childInformed": false, "guardiansInformed": true,
                 "concerns": %s, "description": "Demo", "channel": "EMAIL", "receivedAt": "%sT09:00:00Z"}"""
                .formatted(childCpr, kind, reporter, guardianCpr, concerns, date)));
    }

    private static String cpr(LocalDate born, int seventhDigit) {
        return born.format(java.time.format.DateTimeFormatter.ofPattern("ddMMyy")) + "-" + seventhDigit + "123";
    }

    private UUID citizen(String cpr, String name, String situation) {
        return id(post("/citizens", """
                {"cpr": "%s", "name": "%s", "situation": %s}""".formatted(cpr, name, situation)));
    }

    private void relate(UUID citizen, UUID related, String relation) {
        post("/citizens/" + citizen + "/family-relations", """
                {"relatedCitizenId": "%s", "relation": "%s"}""".formatted(related, relation));
    }

    private HttpResponse<String> post(String path, String body) {
        return send(plans, "POST", path, body);
    }

    private HttpResponse<String> send(String method, String path, String body) {
        return send(plans, method, path, body);
    }

    private static HttpResponse<String> send(Function<String, URI> service, String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(service.apply(path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static UUID id(HttpResponse<String> response) {
        try {
            JsonNode body = JSON.readTree(response.body());
            return UUID.fromString(body.get("id").asText());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
