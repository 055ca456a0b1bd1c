package dk.sammen.plans.oneplan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.sammen.events.Centre;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.events.plans.AgreementParty;
import dk.sammen.events.plans.ConsentGiver;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.CourseOutcome;
import dk.sammen.events.plans.GoalArea;
import dk.sammen.events.plans.PathStage;
import dk.sammen.events.plans.ProgressionDimension;
import dk.sammen.events.plans.SubGoalStatus;
import dk.sammen.events.plans.TeamAffiliation;
import dk.sammen.events.plans.TeamRole;
import dk.sammen.events.plans.TransitionKind;
import dk.sammen.events.plans.TrialResult;
import dk.sammen.plans.course.CourseEvents.ConsentRecorded;
import dk.sammen.plans.course.CourseEvents.ConsentWithdrawn;
import dk.sammen.plans.course.CourseEvents.CourseActivated;
import dk.sammen.plans.course.CourseEvents.CourseClosed;
import dk.sammen.plans.course.CourseOpened;
import dk.sammen.plans.courseoffer.CourseOfferEvents.DoubleOfferAcknowledged;
import dk.sammen.plans.courseoffer.CourseOfferEvents.DoubleOfferWarningRaised;
import dk.sammen.plans.courseoffer.CourseOfferEvents.OfferEnded;
import dk.sammen.plans.courseoffer.CourseOfferEvents.OfferStarted;
import dk.sammen.plans.kernel.CourseEvent;
import dk.sammen.plans.meeting.MeetingEvents.AgreementFollowedUp;
import dk.sammen.plans.meeting.MeetingEvents.AgreementMade;
import dk.sammen.plans.meeting.MeetingEvents.MeetingHeld;
import dk.sammen.plans.meeting.MeetingEvents.MeetingScheduled;
import dk.sammen.plans.plan.PlanEvents.AspirationsDescribed;
import dk.sammen.plans.plan.PlanEvents.CommentAdded;
import dk.sammen.plans.plan.PlanEvents.GoalSet;
import dk.sammen.plans.plan.PlanEvents.SubGoalAdded;
import dk.sammen.plans.plan.PlanEvents.SubGoalStatusChanged;
import dk.sammen.plans.progression.ProgressionEvents.PathStageReached;
import dk.sammen.plans.progression.ProgressionEvents.ProgressionMeasured;
import dk.sammen.plans.team.TeamEvents.TeamMemberAdded;
import dk.sammen.plans.team.TeamEvents.TeamMemberRemoved;
import dk.sammen.plans.team.TeamEvents.TovholderAssigned;
import dk.sammen.plans.transition.TransitionEvents.AdultTransitionReminderRaised;
import dk.sammen.plans.transition.TransitionEvents.TransitionCompleted;
import dk.sammen.plans.transition.TransitionEvents.TransitionPlanned;
import dk.sammen.plans.trial.TrialEvents.TrialActionDecided;
import dk.sammen.plans.trial.TrialEvents.TrialActionEvaluated;
import dk.sammen.plans.trial.TrialEvents.TrialActionProposed;
import dk.sammen.platform.test.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-plan view's JSON is both the API front ends read and the document {@code course_plan}
 * stores: a course with every kind of event must read as {@code oneplan/full-course.json} says
 * (written by the view as it stood before it was composed of its parts' sections), and a stored
 * document must read back whole, so no rebuild is needed when the view's code changes shape.
 */
class OnePlanDocumentTest extends ServiceApiTest {

    /** The service's own mapper: the one the projection stores documents with and the API answers with. */
    @Autowired
    ObjectMapper json;

    private static final Instant T = Instant.parse("2026-02-02T08:00:00Z");
    private static final LocalDate D = LocalDate.of(2026, 9, 1);

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes());
    }

    private final UUID course = id("course");
    private final UUID citizen = id("citizen");

    private List<CourseEvent> aCourseWithEveryKindOfEvent() {
        return List.of(
                new ConsentRecorded(course, citizen, ConsentGiver.YOUNG_PERSON, null, Set.of(Centre.C_BUR, Centre.C_SS), T),
                new ConsentRecorded(course, citizen, ConsentGiver.GUARDIAN, id("guardian"), Set.of(Centre.C_BUR, Centre.C_ARB), T),
                new ConsentRecorded(course, citizen, ConsentGiver.GUARDIAN, id("other guardian"), Set.of(Centre.C_BUR), T),
                new ConsentWithdrawn(course, citizen, ConsentGiver.GUARDIAN, id("other guardian"), false, T),
                new TeamMemberAdded(course, id("rikke"), "Rikke", TeamRole.CASEWORKER, TeamAffiliation.C_BUR, T),
                new TeamMemberAdded(course, id("jonas"), "Jonas", TeamRole.MENTOR, TeamAffiliation.C_SS, T),
                new TeamMemberAdded(course, id("ida"), "Ida", TeamRole.TEACHER, TeamAffiliation.EXTERNAL_ACTOR, T),
                new TeamMemberRemoved(course, id("ida"), T),
                new TovholderAssigned(course, id("rikke"), Centre.C_BUR, null, null, T),
                new TovholderAssigned(course, id("jonas"), Centre.C_SS, id("rikke"), "Rikke går på barsel", T),
                new CourseActivated(course, citizen, T.plusSeconds(60)),
                new AspirationsDescribed(course, "Blive tømrer", "Først 10. klasse", T),
                new GoalSet(course, id("goal"), GoalArea.EDUCATION, 1, "Gå i skole hver dag", "Med mentor", citizen, D, null, T),
                new GoalSet(course, id("goal"), GoalArea.EDUCATION, 2, "Gå i skole fire dage", "Med mentor", citizen, D,
                        "Fem dage var for meget", T.plusSeconds(60)),
                new SubGoalAdded(course, id("subgoal"), id("goal"), "Stå op kl. 7", citizen, D.minusMonths(3), T),
                new SubGoalAdded(course, id("other subgoal"), id("goal"), "Cykle selv", id("jonas"), D.minusMonths(2), T),
                new SubGoalStatusChanged(course, id("subgoal"), SubGoalStatus.ACHIEVED, "Går godt", T),
                new CommentAdded(course, id("comment"), citizen, "Jeg vil gerne have møderne om eftermiddagen", T),
                new MeetingScheduled(course, id("meeting"), T.plusSeconds(3600), Set.of(id("rikke"), id("jonas")), T),
                new MeetingScheduled(course, id("next meeting"), T.plusSeconds(7 * 24 * 3600), Set.of(id("jonas")), T),
                new MeetingHeld(course, id("meeting"), Set.of(id("jonas")), Set.of(id("rikke")), "Referat", List.of("Praktik", "Mentor"),
                        2, T.plusSeconds(3600)),
                new AgreementMade(course, id("agreement"), id("meeting"), AgreementParty.YOUNG_PERSON, citizen, "Den unge",
                        "Møde i skole", D.minusMonths(4), T),
                new AgreementMade(course, id("other agreement"), id("meeting"), AgreementParty.TEAM_MEMBER, id("jonas"), "Jonas",
                        "Finde praktik", D.minusMonths(4), T),
                new AgreementFollowedUp(course, id("agreement"), true, "Mødt alle dage", T),
                new ProgressionMeasured(course, id("measurement"), ProgressionDimension.ATTENDANCE, 0, 10, 6.5, id("jonas"),
                        D.minusMonths(5), T),
                new PathStageReached(course, PathStage.values()[0], null, T),
                new PathStageReached(course, PathStage.values()[1], PathStage.values()[0], T),
                new TransitionPlanned(course, id("transition"), TransitionKind.GRADE_SCHOOL_TO_YOUTH_EDUCATION, D, citizen,
                        "Start på erhvervsskole", T),
                new TransitionPlanned(course, id("adult transition"), TransitionKind.CHILD_TO_ADULT, D.plusYears(1), id("jonas"),
                        "Voksenområdet", T),
                new TransitionCompleted(course, id("transition"), T.plusSeconds(120)),
                new AdultTransitionReminderRaised(course, citizen, D.plusYears(1), T),
                new TrialActionProposed(course, id("trial"), "Mentor frem for døgnophold", 120_000, 480_000L, T),
                new TrialActionProposed(course, id("other trial"), "Fritidsjob", 10_000, null, T),
                new TrialActionDecided(course, id("trial"), true, "Billigere og bedre", T),
                new TrialActionEvaluated(course, id("trial"), TrialResult.values()[0], "Virkede", 110_000, T),
                new TrialActionDecided(course, id("other trial"), false, "Ikke nu", T),
                new OfferStarted(course, id("offer"), 3, "Mentorordning", Centre.C_SS, Set.of(NeedCategory.EMPLOYMENT), D.minusMonths(6), T),
                new OfferStarted(course, id("other offer"), 1, "Ungdomsklub", Centre.C_BUR, Set.of(NeedCategory.EMPLOYMENT), D.minusMonths(6), T),
                new OfferEnded(course, id("other offer"), D.minusMonths(1), T),
                new DoubleOfferWarningRaised(course, id("warning"), id("offer"), Set.of(id("other offer")), Set.of(NeedCategory.EMPLOYMENT), T),
                new DoubleOfferWarningRaised(course, id("other warning"), id("other offer"), Set.of(id("offer")),
                        Set.of(NeedCategory.EMPLOYMENT), T),
                new DoubleOfferAcknowledged(course, id("warning"), "Supplerer hinanden", T),
                new CourseClosed(course, citizen, CourseOutcome.values()[0], T.plusSeconds(86_400)));
    }

    private OnePlan folded() {
        OnePlan plan = OnePlan.opened(new CourseOpened(course, citizen, LocalDate.of(2009, 5, 1), CourseOfferReason.HIGH_SCHOOL_ABSENCE, T));
        long sequence = 0;
        for (CourseEvent event : aCourseWithEveryKindOfEvent()) {
            plan.apply(event, ++sequence);
        }
        return plan;
    }

    private JsonNode expected() throws IOException {
        try (InputStream in = OnePlanDocumentTest.class.getResourceAsStream("/oneplan/full-course.json")) {
            return json.readTree(in);
        }
    }

    /** The document as a front end or the projection reads it back, numbers as the text has them. */
    private JsonNode asRead(OnePlan plan) throws IOException {
        return json.readTree(json.writeValueAsString(plan));
    }

    /** Sets (of centres, of member ids) are JSON arrays in no particular order: compared sorted. */
    private JsonNode normalized(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = json.createObjectNode();
            object.properties().forEach(field -> copy.set(field.getKey(), normalized(field.getValue())));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            List<JsonNode> elements = new ArrayList<>();
            array.forEach(element -> elements.add(normalized(element)));
            if (elements.stream().allMatch(JsonNode::isValueNode)) {
                elements.sort(Comparator.comparing(JsonNode::asText));
            }
            return json.createArrayNode().addAll(elements);
        }
        return node;
    }

    @Test
    void aCourseWithEveryKindOfEventReadsAsFrontEndsKnowIt() throws IOException {
        assertThat(normalized(asRead(folded()))).isEqualTo(normalized(expected()));
    }

    @Test
    void aStoredDocumentReadsBackWholeAndTakesTheNextEvent() throws IOException {
        OnePlan stored = json.treeToValue(expected(), OnePlan.class);
        assertThat(normalized(asRead(stored))).isEqualTo(normalized(expected()));

        stored.apply(new CommentAdded(course, id("later comment"), id("jonas"), "Godt gået", T), 100);
        assertThat(stored.version()).isEqualTo(100);
        assertThat(((JsonNode) json.valueToTree(stored)).get("comments")).hasSize(2);
    }
}
