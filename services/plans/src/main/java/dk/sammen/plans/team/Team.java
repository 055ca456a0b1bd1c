package dk.sammen.plans.team;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonBackReference;
import dk.sammen.events.Centre;
import dk.sammen.events.plans.TeamAffiliation;
import dk.sammen.plans.kernel.CourseContext;
import dk.sammen.platform.domain.DomainRuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/** The tovholder and the interdisciplinary team of one course: a part of the course aggregate. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Team {

    /** Who may join a course's team: the rule of {@link dk.sammen.plans.kernel.Consents#cover}. */
    public static final String CONSENT_COVERS_MEMBER = "consent-covers-member";

    /** Set again by Jackson when the course is restored from a snapshot. */
    @JsonBackReference("team")
    private CourseContext course;
    private final Set<UUID> members = new HashSet<>();
    private @Nullable UUID tovholderId;
    private @Nullable Centre tovholderCentre;

    /** For Jackson, restoring a snapshot of the course. */
    protected Team() {
    }

    public Team(CourseContext course) {
        this.course = course;
    }

    @CommandHandler
    long handle(TeamCommands.AssignTovholder command) {
        course.requireOpen();
        if (command.professionalId().equals(tovholderId)) {
            throw new DomainRuleViolation("already-tovholder", "This professional is already the course's tovholder");
        }
        if (tovholderId != null && (command.handoverReason() == null || command.handoverReason().isBlank())) {
            throw new DomainRuleViolation("handover-needs-reason",
                    "Handing a course over to a new tovholder needs a reason, so the young person's history explains it");
        }
        boolean firstBeforeAnyConsent = tovholderId == null && !course.anyConsentGiven();
        if (!firstBeforeAnyConsent && !course.consentCovers(TeamAffiliation.valueOf(command.centre().name()), tovholderCentre)) {
            throw new DomainRuleViolation(CONSENT_COVERS_MEMBER, "The young person's consent does not name "
                    + command.centre() + ": a tovholder from there needs a consent that covers it");
        }
        Instant now = GenericEventMessage.clock.instant();
        if (!members.contains(command.professionalId())) {
            apply(new TeamEvents.TeamMemberAdded(command.courseId(), command.professionalId(), command.name(), command.role(),
                    TeamAffiliation.valueOf(command.centre().name()), now));
        }
        apply(new TeamEvents.TovholderAssigned(command.courseId(), command.professionalId(), command.centre(), tovholderId,
                command.handoverReason(), now));
        return getVersion();
    }

    @CommandHandler
    long handle(TeamCommands.AddTeamMember command) {
        course.requireOpen();
        if (members.contains(command.memberId())) {
            throw new DomainRuleViolation("already-on-team", "This person is already on the team");
        }
        if (command.memberId().equals(course.citizenId())) {
            throw new DomainRuleViolation("citizen-is-not-a-member",
                    "The young person is at the centre of the course, not a member of their own team");
        }
        if (!course.consentCovers(command.affiliation(), tovholderCentre)) {
            throw new DomainRuleViolation(CONSENT_COVERS_MEMBER, "The course's consent does not cover " + command.affiliation()
                    + ": without the tovholder's centre, a member needs a consent in force that names theirs");
        }
        apply(new TeamEvents.TeamMemberAdded(command.courseId(), command.memberId(), command.name(), command.role(),
                command.affiliation(), GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @CommandHandler
    long handle(TeamCommands.RemoveTeamMember command) {
        course.requireOpen();
        if (!members.contains(command.memberId())) {
            throw new DomainRuleViolation("not-on-team", "This person is not on the team");
        }
        if (command.memberId().equals(tovholderId)) {
            throw new DomainRuleViolation("tovholder-stays",
                    "The tovholder cannot leave the team; hand the course over to a new tovholder first");
        }
        apply(new TeamEvents.TeamMemberRemoved(command.courseId(), command.memberId(), GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @EventSourcingHandler
    void on(TeamEvents.TeamMemberAdded event) {
        members.add(event.memberId());
    }

    @EventSourcingHandler
    void on(TeamEvents.TeamMemberRemoved event) {
        members.remove(event.memberId());
    }

    @EventSourcingHandler
    void on(TeamEvents.TovholderAssigned event) {
        tovholderId = event.tovholderId();
        tovholderCentre = event.centre();
    }

    public boolean has(UUID personId) {
        return members.contains(personId);
    }

    public boolean hasTovholder() {
        return tovholderId != null;
    }
}
