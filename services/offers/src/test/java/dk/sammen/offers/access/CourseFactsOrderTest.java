package dk.sammen.offers.access;

import dk.sammen.events.Centre;
import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.Topics;
import dk.sammen.events.plans.ConsentGiver;
import dk.sammen.events.plans.ConsentRecordedV1;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.events.plans.ErasureBasis;
import dk.sammen.events.plans.PersonalDataErasedV1;
import dk.sammen.events.plans.TovholderAssignedV1;
import dk.sammen.platform.coursefacts.CourseFacts;
import dk.sammen.platform.coursefacts.CourseFactsFromPlans;
import dk.sammen.platform.kafka.IntegrationEventEnvelope;
import dk.sammen.platform.security.Caller;
import dk.sammen.platform.security.Role;
import dk.sammen.platform.test.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans' events reach the course facts in any order across keys and more than once: a young
 * person's erasure (keyed by them) may come before their course's events (keyed by the course) in
 * a replay. Fed straight to the consumer, against the service's real database.
 */
class CourseFactsOrderTest extends ServiceApiTest {

    @Autowired
    CourseFactsFromPlans consumer;

    @Autowired
    CourseFacts facts;

    private final UUID courseId = UUID.randomUUID();
    private final UUID citizenId = UUID.randomUUID();
    private final Caller tovholder = new Caller(UUID.randomUUID(), Set.of(Role.CASEWORKER), "C_SS", Set.of());

    private void deliver(IntegrationEvent... events) {
        for (IntegrationEvent event : events) {
            consumer.onPlans(IntegrationEventEnvelope.wrap(event, UUID.randomUUID().toString(), Topics.sourceOf(Topics.PLANS), Instant.now()));
        }
    }

    private IntegrationEvent[] theCourse() {
        Instant now = Instant.now();
        return new IntegrationEvent[]{new CourseOpenedV1(courseId, citizenId, CourseOfferReason.CITIZEN_WISH, now),
                new TovholderAssignedV1(courseId, tovholder.id(), Centre.C_SS, null, now),
                new ConsentRecordedV1(courseId, citizenId, ConsentGiver.YOUNG_PERSON, null, EnumSet.of(Centre.C_SS), now)};
    }

    @Test
    void aCourseWhoseYoungPersonsErasureArrivedFirstIsNeverKept() {
        PersonalDataErasedV1 erased = new PersonalDataErasedV1(citizenId, Set.of(courseId), ErasureBasis.REQUEST, Instant.now());
        deliver(erased);
        deliver(theCourse());
        deliver(erased);

        assertThat(facts.worksOn(tovholder, courseId)).isFalse();
        assertThat(facts.consentOf(courseId)).isEmpty();
        assertThat(facts.citizenOfCourse(courseId)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM course_fact_member WHERE course_id = ?").param(courseId).query(Long.class).single())
                .isZero();
    }

    @Test
    void aCourseDeliveredTwiceIsKeptOnceAndItsErasureTakesItAll() {
        deliver(theCourse());
        deliver(theCourse());
        assertThat(facts.worksOn(tovholder, courseId)).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM course_fact_member WHERE course_id = ?").param(courseId).query(Long.class).single())
                .isEqualTo(1);

        // The erasure names no course (a young person erased before plans knew of their course): their courses go all the same.
        deliver(new PersonalDataErasedV1(citizenId, Set.of(), ErasureBasis.RETENTION, Instant.now()));
        assertThat(facts.worksOn(tovholder, courseId)).isFalse();
        assertThat(facts.citizenOfCourse(courseId)).isEmpty();
        deliver(theCourse());
        assertThat(facts.citizenOfCourse(courseId)).as("a redelivered event after the erasure brings nothing back").isEmpty();
    }
}
