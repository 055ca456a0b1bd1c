package dk.sammen.plans.courserequest;

import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.referrals.IdentityResolvedV1;
import dk.sammen.events.referrals.UnderretningDecidedV1;
import dk.sammen.events.referrals.UnderretningReceivedV1;
import dk.sammen.plans.citizen.CitizenRegistered;
import dk.sammen.plans.citizen.Citizens;
import dk.sammen.plans.course.Course;
import dk.sammen.plans.course.FirstContact;
import dk.sammen.plans.course.OpenCourse;
import dk.sammen.plans.course.OpenCourses;
import dk.sammen.plans.task.TaskBoard;
import dk.sammen.platform.domain.DomainRuleViolation;
import dk.sammen.platform.kafka.IntegrationEvents;
import dk.sammen.platform.security.CallerOnCommands;
import io.cloudevents.CloudEvent;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * When the referrals service decides to offer a young person a coordinated course, a course is
 * opened here, offered on professional risk indicators. The course id follows from the
 * underretning, so a redelivered decision opens nothing twice. A young person not yet registered
 * here waits on the request list and gets the course the moment they are registered. A young
 * person who already has an open course keeps it: the request is recorded as informing it, and
 * its holder gets a task to read it — as for intake's decision to inform an existing course, and
 * for every new underretning about a young person with an open course, the moment it is received
 * (or its young person identified).
 */
@Component
@ProcessingGroup("course-requests")
@DisallowReplay
public class CourseRequests {

    private static final Logger log = LoggerFactory.getLogger(CourseRequests.class);

    private final JdbcClient jdbc;
    private final CommandGateway commands;
    private final Citizens citizens;
    private final OpenCourses openCourses;
    private final TaskBoard tasks;
    private final FirstContact firstContact;

    CourseRequests(JdbcClient jdbc, CommandGateway commands, Citizens citizens, OpenCourses openCourses, TaskBoard tasks,
                   FirstContact firstContact) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.citizens = citizens;
        this.openCourses = openCourses;
        this.tasks = tasks;
        this.firstContact = firstContact;
    }

    @KafkaListener(id = "course-requests", topics = "#{@referralsTopic}", groupId = "${sammen.plans.course-request-group:plans-course-requests}",
            containerFactory = "cloudEventListenerFactory")
    void on(CloudEvent event) {
        switch (IntegrationEvents.decode(event).orElse(null)) {
            case UnderretningDecidedV1 decided -> decided(decided);
            // A new underretning about a young person with a course: its holder is told at once, before intake decides
            // (then it is the same task, not a second). One imported from before Sammen is history, and tells no one.
            case UnderretningReceivedV1 received when received.citizenId() != null ->
                    newUnderretning(received.underretningId(), received.citizenId(), received.receivedAt());
            case IdentityResolvedV1 resolved -> newUnderretning(resolved.underretningId(), resolved.citizenId(), resolved.resolvedAt());
            case null, default -> {
            }
        }
    }

    private void newUnderretning(UUID underretningId, UUID citizenId, Instant at) {
        openCourses.of(citizenId).ifPresent(course -> tasks.informed(course, citizenId, underretningId, at));
    }

    private void decided(UnderretningDecidedV1 decided) {
        UUID citizenId = decided.citizenId();
        if (citizenId == null) {
            return;
        }
        switch (decided.decision()) {
            case OFFER_COORDINATED_COURSE -> {
                record(decided.underretningId(), citizenId, decided.decidedAt());
                openIfRegistered(decided.underretningId(), citizenId);
            }
            // Intake names the course; only the young person's own open course is told (a wrong or closed one is not).
            case INFORM_EXISTING_COURSE -> openCourses.of(citizenId).filter(open -> open.equals(decided.courseId())).ifPresentOrElse(open -> {
                record(decided.underretningId(), citizenId, decided.decidedAt());
                informed(decided.underretningId(), citizenId, open);
            }, () -> log.warn("Underretning {}: intake informed course {}, which is not its young person's open course",
                    decided.underretningId(), decided.courseId()));
            default -> {
            }
        }
    }

    private void record(UUID underretningId, UUID citizenId, Instant decidedAt) {
        jdbc.sql("""
                        INSERT INTO course_request (underretning_id, citizen_id, requested_at) VALUES (?, ?, ?)
                        ON CONFLICT (underretning_id) DO NOTHING""")
                .params(underretningId, citizenId, Timestamp.from(decidedAt)).update();
    }

    /** The course's holder is told, as a task: once per underretning, however often the decision comes. */
    private void informed(UUID underretningId, UUID citizenId, UUID courseId) {
        jdbc.sql("UPDATE course_request SET course_id = ?, informed = true WHERE underretning_id = ?").params(courseId, underretningId).update();
        Instant decidedAt = jdbc.sql("SELECT requested_at FROM course_request WHERE underretning_id = ?").param(underretningId)
                .query(Timestamp.class).single().toInstant();
        tasks.informed(courseId, citizenId, underretningId, decidedAt);
    }

    /** A young person registered after the decision gets the course they were offered. */
    @EventHandler
    void on(CitizenRegistered event) {
        pendingFor(event.citizenId()).forEach(underretningId -> openIfRegistered(underretningId, event.citizenId()));
    }

    private void openIfRegistered(UUID underretningId, UUID citizenId) {
        if (citizens.facts(citizenId).isEmpty()) {
            return;
        }
        UUID offered = UUID.nameUUIDFromBytes(("underretning:" + underretningId).getBytes(StandardCharsets.UTF_8));
        // Opened by an earlier delivery of the same decision (the course's citizen is kept in its opening transaction).
        boolean opened = jdbc.sql("SELECT count(*) FROM course_citizen WHERE course_id = ?").param(offered).query(Long.class).single() > 0;
        UUID course = opened ? offered : openCourses.of(citizenId).orElseGet(() -> open(offered, citizenId));
        if (course.equals(offered)) {
                jdbc.sql("UPDATE course_request SET course_id = ? WHERE underretning_id = ?").params(course, underretningId).update();
        } else {
            // A young person who has a course keeps it: intake's offer informs its team instead of opening a second.
            informed(underretningId, citizenId, course);
        }
    }

    private UUID open(UUID courseId, UUID citizenId) {
        try {
            // On intake's decision, on no one's behalf: sent while handling a registration, the command would
            // otherwise carry the registering caseworker as its caller, and make them the course's opener.
            // Intake's centre is where the young person was first met: its queue is where the course waits.
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                    new OpenCourse(courseId, citizenId, CourseOfferReason.PROFESSIONAL_RISK_INDICATORS))
                    .withMetaData(MetaData.with(CallerOnCommands.USER_CENTRE, firstContact.intakeCentre())));
            return courseId;
        } catch (ConflictingModificationException openedMeanwhile) {
            // by a delivery of the same decision on another replica, a moment ago
            return courseId;
        } catch (DomainRuleViolation e) {
            if (!Course.ONE_OPEN_COURSE.equals(e.rule())) {
                throw e;
            }
            // another course was opened for them a moment ago
            return openCourses.of(citizenId).orElseThrow(() -> e);
        }
    }

    private List<UUID> pendingFor(UUID citizenId) {
        return jdbc.sql("SELECT underretning_id FROM course_request WHERE citizen_id = ? AND course_id IS NULL")
                .param(citizenId).query(UUID.class).list();
    }

    /** Requests still waiting for the young person to be registered, oldest first. */
    public List<Pending> pending() {
        return jdbc.sql("SELECT * FROM course_request WHERE course_id IS NULL ORDER BY requested_at")
                .query((rs, n) -> new Pending(rs.getObject("underretning_id", UUID.class), rs.getObject("citizen_id", UUID.class),
                        rs.getTimestamp("requested_at").toInstant()))
                .list();
    }

    public record Pending(UUID underretningId, UUID citizenId, java.time.Instant requestedAt) {
    }
}
