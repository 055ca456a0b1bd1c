package dk.sammen.platform.coursefacts;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.plans.ConsentRecordedV1;
import dk.sammen.events.plans.ConsentWithdrawnV1;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.events.plans.PersonalDataErasedV1;
import dk.sammen.events.plans.TeamMemberAddedV1;
import dk.sammen.events.plans.TeamMemberRemovedV1;
import dk.sammen.events.plans.TovholderAssignedV1;
import dk.sammen.platform.kafka.IntegrationEvents;
import io.cloudevents.CloudEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps {@link CourseFacts} from plans' topic, in a consumer group of its own that reads the
 * topic from the beginning, so a service that starts using it is filled in. Idempotent: a
 * redelivered event leaves the same rows. A course's events arrive in order (its id is the key);
 * its young person's erasure (keyed by the young person) may arrive before them in a replay, so
 * an erased course is remembered and its events are passed over.
 */
public class CourseFactsFromPlans {

    private final JdbcClient jdbc;

    CourseFactsFromPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @KafkaListener(id = "course-facts", topics = "#{@plansTopic}",
            groupId = "${sammen.course-facts.group:${spring.application.name}-course-facts}", containerFactory = "cloudEventListenerFactory")
    @Transactional
    public void onPlans(CloudEvent record) {
        IntegrationEvent event = IntegrationEvents.decode(record).orElse(null);
        switch (event) {
            case PersonalDataErasedV1 erased -> erase(erased);
            case CourseOpenedV1 opened when !erased(opened.courseId()) -> course(opened.courseId(), opened.citizenId());
            case ConsentRecordedV1 consent when !erased(consent.courseId()) -> {
                course(consent.courseId(), consent.citizenId());
                jdbc.sql("""
                                INSERT INTO course_fact_consent (course_id, party, shared_with) VALUES (?, ?, ?)
                                ON CONFLICT (course_id, party) DO UPDATE SET shared_with = EXCLUDED.shared_with""")
                        .params(consent.courseId(), party(consent.guardianId()),
                                consent.sharedWith().stream().map(Enum::name).sorted().toArray(String[]::new))
                        .update();
            }
            case ConsentWithdrawnV1 withdrawn -> jdbc.sql("DELETE FROM course_fact_consent WHERE course_id = ? AND party = ?")
                    .params(withdrawn.courseId(), party(withdrawn.guardianId())).update();
            case TovholderAssignedV1 assigned when !erased(assigned.courseId()) -> {
                course(assigned.courseId(), null);
                jdbc.sql("UPDATE course_fact SET home_centre = ? WHERE course_id = ?")
                        .params(assigned.centre().name(), assigned.courseId()).update();
                if (assigned.previousTovholderId() != null) {
                    leave(assigned.courseId(), assigned.previousTovholderId());
                }
                join(assigned.courseId(), assigned.tovholderId(), assigned.centre().name());
            }
            case TeamMemberAddedV1 added when !erased(added.courseId()) -> {
                course(added.courseId(), null);
                join(added.courseId(), added.memberId(), switch (added.affiliation()) {
                    case C_BUR, C_ARB, C_SS, C_SIK -> added.affiliation().name();
                    case EXTERNAL_ACTOR, PRIVATE_NETWORK -> null;
                });
            }
            case TeamMemberRemovedV1 removed -> leave(removed.courseId(), removed.memberId());
            case null, default -> {
                // Nothing else changes whose a course is or who may work on it.
            }
        }
    }

    private boolean erased(UUID courseId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM course_fact_erased WHERE course_id = ?)").param(courseId).query(Boolean.class).single();
    }

    private void course(UUID courseId, @Nullable UUID citizenId) {
        jdbc.sql("""
                        INSERT INTO course_fact (course_id, citizen_id) VALUES (?, ?)
                        ON CONFLICT (course_id) DO UPDATE SET citizen_id = coalesce(EXCLUDED.citizen_id, course_fact.citizen_id)""")
                .params(courseId, citizenId).update();
    }

    private void join(UUID courseId, UUID personId, @Nullable String centre) {
        jdbc.sql("""
                        INSERT INTO course_fact_member (course_id, person_id, centre) VALUES (?, ?, ?)
                        ON CONFLICT (course_id, person_id) DO UPDATE SET centre = EXCLUDED.centre""")
                .params(courseId, personId, centre).update();
    }

    private void leave(UUID courseId, UUID personId) {
        jdbc.sql("DELETE FROM course_fact_member WHERE course_id = ? AND person_id = ?").params(courseId, personId).update();
    }

    private void erase(PersonalDataErasedV1 erased) {
        Set<UUID> ofTheirs = new HashSet<>(erased.courseIds());
        ofTheirs.addAll(jdbc.sql("SELECT course_id FROM course_fact WHERE citizen_id = ?").param(erased.citizenId()).query(UUID.class).list());
        UUID[] courses = ofTheirs.toArray(UUID[]::new);
        for (UUID course : courses) {
            jdbc.sql("INSERT INTO course_fact_erased (course_id) VALUES (?) ON CONFLICT DO NOTHING").param(course).update();
        }
        jdbc.sql("DELETE FROM course_fact_consent WHERE course_id = ANY(?)").param(courses).update();
        jdbc.sql("DELETE FROM course_fact_member WHERE course_id = ANY(?) OR person_id = ?").params(courses, erased.citizenId()).update();
        jdbc.sql("DELETE FROM course_fact WHERE course_id = ANY(?)").param(courses).update();
    }

    private static String party(@Nullable UUID guardianId) {
        return guardianId == null ? "YOUNG_PERSON" : guardianId.toString();
    }
}
