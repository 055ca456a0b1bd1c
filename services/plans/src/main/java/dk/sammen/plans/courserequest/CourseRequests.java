package dk.sammen.plans.courserequest;

import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.referrals.UnderretningDecidedV1;
import dk.sammen.events.referrals.UnderretningDecision;
import dk.sammen.plans.citizen.CitizenRegistered;
import dk.sammen.plans.citizen.Citizens;
import dk.sammen.plans.course.OpenCourse;
import dk.sammen.platform.kafka.IntegrationEvents;
import io.cloudevents.CloudEvent;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/**
 * When the referrals service decides to offer a young person a coordinated course, a course is
 * opened here, offered on professional risk indicators. The course id follows from the
 * underretning, so a redelivered decision opens nothing twice. A young person not yet registered
 * here waits on the request list and gets the course the moment they are registered.
 */
@Component
@ProcessingGroup("course-requests")
@DisallowReplay
public class CourseRequests {

    private final JdbcClient jdbc;
    private final CommandGateway commands;
    private final Citizens citizens;

    CourseRequests(JdbcClient jdbc, CommandGateway commands, Citizens citizens) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.citizens = citizens;
    }

    @KafkaListener(id = "course-requests", topics = "#{@referralsTopic}", groupId = "${sammen.plans.course-request-group:plans-course-requests}",
            containerFactory = "cloudEventListenerFactory")
    void on(CloudEvent event) {
        if (!(IntegrationEvents.decode(event).orElse(null) instanceof UnderretningDecidedV1 decided)) {
            return;
        }
        if (decided.decision() != UnderretningDecision.OFFER_COORDINATED_COURSE || decided.citizenId() == null) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO course_request (underretning_id, citizen_id, requested_at) VALUES (?, ?, ?)
                        ON CONFLICT (underretning_id) DO NOTHING""")
                .params(decided.underretningId(), decided.citizenId(), Timestamp.from(decided.decidedAt())).update();
        openIfRegistered(decided.underretningId(), decided.citizenId());
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
        UUID courseId = UUID.nameUUIDFromBytes(("underretning:" + underretningId).getBytes(StandardCharsets.UTF_8));
        // Opened by an earlier delivery of the same decision (the course's citizen is kept in its opening transaction).
        boolean opened = jdbc.sql("SELECT count(*) FROM course_citizen WHERE course_id = ?").param(courseId).query(Long.class).single() > 0;
        if (!opened) {
            try {
                // On intake's decision, on no one's behalf: sent while handling a registration, the command would
                // otherwise carry the registering caseworker as its caller, and make them the course's opener.
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                        new OpenCourse(courseId, citizenId, CourseOfferReason.PROFESSIONAL_RISK_INDICATORS)).withMetaData(MetaData.emptyInstance()));
            } catch (ConflictingModificationException openedMeanwhile) {
                // by a delivery of the same decision on another replica, a moment ago
            }
        }
        jdbc.sql("UPDATE course_request SET course_id = ? WHERE underretning_id = ?").params(courseId, underretningId).update();
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
