package dk.sammen.devstack;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The two cases of seed 003 as demo data, entered through the plans API as a front end would:
 * Maja and her two children (their seven underretninger 2015-2022 in the referrals service; the
 * daughter's course, run by a citizen coordinator after a handover, with the internship
 * agreement) and Maria (the caravan as a trial action); and the sample offers catalogue.
 * Names and CPR numbers are invented. Each step is taken by the demo person whose work it is
 * (the identity provider's demo people): Rikke offers the daughter's course and hands it to Bo,
 * Sara runs Maria's, Ida takes the underretninger, Katrine keeps the catalogue.
 */
public final class DemoData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack stack;

    /** @param stack a started stack: its services, and its identity provider for the demo people's tokens */
    public DemoData(LocalStack stack) {
        this.stack = stack;
    }

    /** The ids a front end would start from. */
    public record Loaded(UUID maja, UUID daughter, UUID son, UUID daughtersCourse, UUID coordinator, UUID maria, UUID mariasCourse) {
    }

    public Loaded load() {
        stack.as("katrine", "offers").post("/offers/imports/sample-catalogue", ""); // about 60 offers of the four centres
        DevIdentity people = stack.identity();
        StackHttp rikke = stack.as("rikke", "plans");
        LocalDate today = LocalDate.now();
        String majaCpr = cpr(today.minusYears(39).withMonth(3).withDayOfMonth(14), 2);
        String daughterCpr = cpr(today.minusYears(15).withMonth(2).withDayOfMonth(9), 4);
        String sonCpr = cpr(today.minusYears(12).withMonth(6).withDayOfMonth(21), 4);
        UUID maja = citizen(rikke, majaCpr, "Maja Demo", """
                {"needsSupportTowardsEducationOrJob": true, "completedEducation": "NONE", "inEducation": false, "employed": false}""");
        UUID daughter = citizen(rikke, daughterCpr, "Datter Demo", """
                {"schoolGrade": 9, "schoolAbsencePercent": 45, "needsSupportTowardsEducationOrJob": false, "completedEducation": "NONE",
                 "inEducation": true, "employed": false}""");
        UUID son = citizen(rikke, sonCpr, "Søn Demo", """
                {"schoolGrade": 6, "schoolAbsencePercent": 25, "needsSupportTowardsEducationOrJob": false, "completedEducation": "NONE",
                 "inEducation": true, "employed": false}""");
        relate(rikke, daughter, maja, "PARENT_OR_GUARDIAN");
        relate(rikke, son, maja, "PARENT_OR_GUARDIAN");
        relate(rikke, daughter, son, "SIBLING");

        UUID course = id(rikke.post("/courses", """
                {"citizenId": "%s", "reason": "HIGH_SCHOOL_ABSENCE"}""".formatted(daughter)));
        String at = "/courses/" + course;
        UUID caseworker = people.id("rikke");
        UUID teacher = people.id("lars");
        rikke.post(at + "/consents", """
                {"givenBy": "YOUNG_PERSON", "sharedWith": ["C_BUR", "C_SIK", "C_ARB"]}""");
        rikke.post(at + "/consents", """
                {"givenBy": "GUARDIAN", "guardianId": "%s", "sharedWith": ["C_BUR", "C_SIK", "C_ARB"]}""".formatted(maja));
        ok(rikke.send("PUT", at + "/tovholder", """
                {"professionalId": "%s", "name": "Rikke Rådgiver", "role": "CASEWORKER", "centre": "C_BUR"}""".formatted(caseworker)));
        rikke.post(at + "/team", """
                {"memberId": "%s", "name": "Lars Lærer", "role": "TEACHER", "affiliation": "C_SIK"}""".formatted(teacher));
        rikke.post(at + "/team", """
                {"memberId": "%s", "name": "Maja Demo", "role": "PARENT", "affiliation": "PRIVATE_NETWORK"}""".formatted(maja));
        ok(rikke.send("PUT", at + "/aspirations", """
                {"dreams": "At arbejde med børn", "perceivedPath": "Passe skolen, praktik i en børnehave, så en uddannelse"}"""));
        UUID school = id(rikke.post(at + "/goals", """
                {"area": "EDUCATION", "inOwnWords": "Jeg vil gå i skole hver dag", "how": "Mentor om morgenen", "responsibleId": "%s",
                 "byWhen": "%s"}""".formatted(daughter, today.plusMonths(6))));
        rikke.post(at + "/goals", """
                {"area": "GENERAL_COMMUNITY", "inOwnWords": "Være en del af klassen og en arbejdsplads", "how": "Praktik",
                 "responsibleId": "%s", "byWhen": "%s"}""".formatted(daughter, today.plusMonths(9)));
        rikke.post(at + "/goals/" + school + "/sub-goals", """
                {"description": "Møde til første time tre dage om ugen", "ownerId": "%s", "dueDate": "%s"}"""
                .formatted(daughter, today.plusWeeks(4)));
        rikke.post(at + "/activation", "");
        UUID coordinator = people.id("bo");
        ok(rikke.send("PUT", at + "/tovholder", """
                {"professionalId": "%s", "name": "Bo Borgerkoordinator", "role": "CITIZEN_COORDINATOR", "centre": "C_ARB",
                 "handoverReason": "Manglende progression"}""".formatted(coordinator)));
        StackHttp bo = stack.as("bo", "plans");
        // Minutes are recorded for a meeting that has begun: this one begins a moment from now.
        Instant begins = Instant.now().plusSeconds(1);
        UUID meeting = id(bo.post(at + "/meetings", """
                {"scheduledFor": "%s", "invitedMemberIds": ["%s", "%s", "%s"]}"""
                .formatted(begins, coordinator, teacher, maja)));
        untilBegun(begins);
        bo.post(at + "/meetings/" + meeting + "/minutes", """
                {"citizenPresent": true, "attendedMemberIds": ["%s", "%s", "%s"], "summary": "Datterens ønske om praktik i børnehave",
                 "decisions": [{"text": "Praktik i børnehave én dag om ugen, når skolen passes", "citizenAgrees": true}],
                 "agreements": [
                   {"party": "YOUNG_PERSON", "partyName": "Datter", "what": "Passer sin skole; så praktik 1 dag om ugen, 300 kr. om ugen",
                    "dueDate": "%s"},
                   {"party": "TEAM_MEMBER", "partyMemberId": "%s", "what": "Finder praktikplads i en børnehave", "dueDate": "%s"}]}"""
                .formatted(coordinator, teacher, maja, today.plusWeeks(8), coordinator, today.plusWeeks(2)));
        bo.post(at + "/meetings", """
                {"scheduledFor": "%s", "invitedMemberIds": ["%s", "%s"]}""".formatted(Instant.now().plus(Duration.ofDays(56)), coordinator, teacher));
        // Today's follow-up meeting, begun by the time anyone signs in: its minutes are Bo's to record.
        bo.post(at + "/meetings", """
                {"scheduledFor": "%s", "invitedMemberIds": ["%s", "%s", "%s"]}""".formatted(Instant.now().plusSeconds(1), coordinator, teacher, maja));
        bo.post(at + "/progression", """
                {"dimension": "ATTENDANCE", "scaleMin": 0, "scaleMax": 100, "value": 100, "measuredBy": "%s", "measuredOn": "%s"}"""
                .formatted(teacher, today.minusDays(1)));
        rikke.post("/courses", """
                {"citizenId": "%s", "reason": "HIGH_SCHOOL_ABSENCE"}""".formatted(son));
        rikke.post("/courses", """
                {"citizenId": "%s", "reason": "CITIZEN_WISH"}""".formatted(maja));

        StackHttp sara = stack.as("sara", "plans");
        UUID maria = citizen(sara, cpr(today.minusYears(24).withMonth(11).withDayOfMonth(2), 1), "Maria Demo", """
                {"needsSupportTowardsEducationOrJob": true, "completedEducation": "NONE", "inEducation": false, "employed": false}""");
        UUID mariasCourse = id(sara.post("/courses", """
                {"citizenId": "%s", "reason": "LACK_OF_EXPECTED_PROGRESSION"}""".formatted(maria)));
        String m = "/courses/" + mariasCourse;
        UUID mentor = people.id("mads");
        sara.post(m + "/consents", """
                {"givenBy": "YOUNG_PERSON", "sharedWith": ["C_SS", "C_ARB"]}""");
        ok(sara.send("PUT", m + "/tovholder", """
                {"professionalId": "%s", "name": "Sara Socialrådgiver", "role": "CASEWORKER", "centre": "C_SS"}"""
                .formatted(people.id("sara"))));
        sara.post(m + "/team", """
                {"memberId": "%s", "name": "Mads Mentor", "role": "MENTOR", "affiliation": "C_SS"}""".formatted(mentor));
        sara.post(m + "/goals", """
                {"area": "GENERAL_COMMUNITY", "inOwnWords": "Bo tæt på min familie og tage en uddannelse", "how": "STU og aktivitetstilbud",
                 "responsibleId": "%s", "byWhen": "%s"}""".formatted(maria, today.plusYears(1)));
        sara.post(m + "/activation", "");
        UUID trial = id(sara.post(m + "/trial-actions", """
                {"hypothesis": "Beboelsesvogn tæt på familien, ekstra fleksibel §85-støtte og mentor giver mere selvstændighed end botilbuddet",
                 "expectedCostPerYear": 800000, "costBeforePerYear": 1000000}"""));
        sara.post(m + "/trial-actions/" + trial + "/decision", """
                {"approved": true, "reasoning": "Maria ønsker det; forældrene indgår i støtten"}""");
        notifications(majaCpr, daughterCpr, sonCpr, course);
        // The young people and their mother sign in as themselves: their tokens carry their citizen ids.
        people.identify("datter", daughter, java.util.Set.of());
        people.identify("maria", maria, java.util.Set.of());
        people.identify("maja", maja, java.util.Set.of(daughter, son));
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
        UUID intake = stack.identity().id("ida");
        StackHttp ida = stack.as("ida", "referrals");
        ida.post("/underretninger/" + school + "/assessment", """
                {"assessedBy": "%s", "childInDanger": false, "acuteMeasuresNeeded": false, "reasoning": "Mønster over flere år"}"""
                .formatted(intake));
        ida.post("/underretninger/" + school + "/decision", """
                {"decision": "INFORM_EXISTING_COURSE", "reason": "Datteren har et sammenhængende borgerforløb", "decidedBy": "%s",
                 "courseId": "%s"}""".formatted(intake, daughtersCourse));
    }

    private UUID notify(String childCpr, String guardianCpr, String kind, String reporter, String concerns, String date) {
        return id(stack.as("ida", "referrals").post("/underretninger", """
                {"child": {"cpr": "%s"}, "reporter": {"kind": "%s", "anonymous": false, "name": "%s"},
                 "guardians": [{"cpr": "%s", "name": "Maja Demo"}], "childInformed": false, "guardiansInformed": true,
                 "concerns": %s, "description": "Demo", "channel": "EMAIL", "receivedAt": "%sT09:00:00Z"}"""
                .formatted(childCpr, kind, reporter, guardianCpr, concerns, date)));
    }

    private static String cpr(LocalDate born, int seventhDigit) {
        return born.format(java.time.format.DateTimeFormatter.ofPattern("ddMMyy")) + "-" + seventhDigit + "123";
    }

    private static UUID citizen(StackHttp caseworker, String cpr, String name, String situation) {
        return id(caseworker.post("/citizens", """
                {"cpr": "%s", "name": "%s", "situation": %s}""".formatted(cpr, name, situation)));
    }

    private static void relate(StackHttp caseworker, UUID citizen, UUID related, String relation) {
        caseworker.post("/citizens/" + citizen + "/family-relations", """
                {"relatedCitizenId": "%s", "relation": "%s"}""".formatted(related, relation));
    }

    private static void ok(java.net.http.HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
    }

    private static UUID id(String body) {
        try {
            return UUID.fromString(JSON.readTree(body).get("id").asText());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void untilBegun(Instant begins) {
        try {
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), begins).toMillis() + 50));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
