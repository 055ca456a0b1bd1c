package dk.sammen.platform.test;

import dk.sammen.events.Centre;
import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.plans.ConsentGiver;
import dk.sammen.events.plans.ConsentRecordedV1;
import dk.sammen.events.plans.ConsentWithdrawnV1;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.events.plans.TeamAffiliation;
import dk.sammen.events.plans.TeamMemberAddedV1;
import dk.sammen.events.plans.TeamRole;
import dk.sammen.events.plans.TovholderAssignedV1;
import dk.sammen.platform.coursefacts.CourseFacts;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;

/**
 * A course as plans publishes it, for the tests of a service that decides on it from plans'
 * events ({@link CourseFacts}): a tovholder (a caseworker from C-SS), a caseworker from C-ARB on
 * the team whom the young person's consent names, a team member from outside the municipality
 * (covered while a consent is in force), and a team member from C-SIK whom the consent does not
 * name.
 *
 * @param plansTopic publishes an event on plans' topic as plans would
 */
public record PublishedCourse(UUID courseId, UUID citizenId, TestIdentity tovholder, TestIdentity coveredMember,
                              TestIdentity externalMember, TestIdentity uncoveredMember, Consumer<IntegrationEvent> plansTopic,
                              CourseFacts facts) {

    /** Publishes a course of a new young person and waits until {@code facts} has it. */
    public static PublishedCourse publish(Consumer<IntegrationEvent> plansTopic, CourseFacts facts) {
        return publish(plansTopic, facts, UUID.randomUUID());
    }

    /** Publishes a course of {@code citizenId} and waits until {@code facts} has it. */
    public static PublishedCourse publish(Consumer<IntegrationEvent> plansTopic, CourseFacts facts, UUID citizenId) {
        PublishedCourse course = new PublishedCourse(UUID.randomUUID(), citizenId,
                new TestIdentity(UUID.randomUUID(), List.of("caseworker"), "C_SS", List.of()),
                new TestIdentity(UUID.randomUUID(), List.of("caseworker"), "C_ARB", List.of()),
                new TestIdentity(UUID.randomUUID(), List.of("team-member"), null, List.of()),
                new TestIdentity(UUID.randomUUID(), List.of("team-member"), "C_SIK", List.of()), plansTopic, facts);
        Instant now = Instant.now();
        plansTopic.accept(new CourseOpenedV1(course.courseId, course.citizenId, CourseOfferReason.HIGH_SCHOOL_ABSENCE, now));
        plansTopic.accept(new TovholderAssignedV1(course.courseId, course.tovholder.id(), Centre.C_SS, null, now));
        plansTopic.accept(new TeamMemberAddedV1(course.courseId, course.coveredMember.id(), TeamRole.JOB_CONSULTANT, TeamAffiliation.C_ARB, now));
        plansTopic.accept(new TeamMemberAddedV1(course.courseId, course.externalMember.id(), TeamRole.MENTOR, TeamAffiliation.EXTERNAL_ACTOR,
                now));
        plansTopic.accept(new TeamMemberAddedV1(course.courseId, course.uncoveredMember.id(), TeamRole.TEACHER, TeamAffiliation.C_SIK, now));
        // Last: one course's events arrive in order, so once the consent is there, so is everything before it.
        plansTopic.accept(new ConsentRecordedV1(course.courseId, course.citizenId, ConsentGiver.YOUNG_PERSON, null,
                EnumSet.of(Centre.C_SS, Centre.C_ARB), now));
        await().atMost(Duration.ofSeconds(30)).until(() -> facts.consentOf(course.courseId).isPresent());
        return course;
    }

    /** The young person withdraws their consent; waits until {@code facts} has no consent in force. */
    public void withdrawConsent() {
        plansTopic.accept(new ConsentWithdrawnV1(courseId, citizenId, ConsentGiver.YOUNG_PERSON, null, true, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> facts.consentOf(courseId).isEmpty());
    }
}
