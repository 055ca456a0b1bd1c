package dk.sammen.plans.meeting;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonBackReference;
import dk.sammen.events.plans.AgreementParty;
import dk.sammen.plans.kernel.CourseContext;
import dk.sammen.platform.domain.DomainRuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/** The meetings of one course and the agreements made at them: a part of the course aggregate. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Meetings {

    /** Set again by Jackson when the course is restored from a snapshot. */
    @JsonBackReference("meetings")
    private CourseContext course;
    private final Map<UUID, Set<UUID>> invitedByMeeting = new HashMap<>();
    /** When each meeting begins (absent from snapshots taken before the rule, where any meeting may be held). */
    private final Map<UUID, Instant> beginsAt = new HashMap<>();
    private final Set<UUID> held = new HashSet<>();
    private final Set<UUID> agreements = new HashSet<>();
    private final Set<UUID> followedUp = new HashSet<>();

    /** For Jackson, restoring a snapshot of the course. */
    protected Meetings() {
    }

    public Meetings(CourseContext course) {
        this.course = course;
    }

    /** Whether the course has this meeting (scheduled or held). */
    public boolean hasMeeting(UUID meetingId) {
        return invitedByMeeting.containsKey(meetingId);
    }

    /** Whether an agreement with this id was made at one of the course's meetings. */
    public boolean hasAgreement(UUID agreementId) {
        return agreements.contains(agreementId);
    }

    @CommandHandler
    long handle(MeetingCommands.ScheduleMeeting command) {
        course.requireOpen();
        if (invitedByMeeting.containsKey(command.meetingId())) {
            throw new DomainRuleViolation("meeting-exists", "This meeting is already scheduled");
        }
        if (!command.scheduledFor().isAfter(GenericEventMessage.clock.instant())) {
            throw DomainRuleViolation.ofField("scheduledFor", "meeting-in-the-future", "A meeting is scheduled for a time still to come");
        }
        for (UUID invited : command.invitedMemberIds()) {
            if (!course.isTeamMember(invited)) {
                throw new DomainRuleViolation("invitee-not-on-team", "Only members of the team are invited to its meetings");
            }
        }
        apply(new MeetingEvents.MeetingScheduled(command.courseId(), command.meetingId(), command.scheduledFor(),
                Set.copyOf(command.invitedMemberIds()), GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @CommandHandler
    long handle(MeetingCommands.HoldMeeting command) {
        course.requireActive("hold a meeting");
        Set<UUID> invited = invitedByMeeting.get(command.meetingId());
        if (invited == null) {
            throw new DomainRuleViolation("unknown-meeting", "The course has no such meeting scheduled");
        }
        if (held.contains(command.meetingId())) {
            throw new DomainRuleViolation("meeting-already-held", "This meeting is already recorded as held");
        }
        if (!command.citizenPresent()) {
            throw new DomainRuleViolation("citizen-present",
                    "No meeting about the young person without the young person (principle 1); reschedule it instead");
        }
        for (UUID attendee : command.attendedMemberIds()) {
            if (!course.isTeamMember(attendee)) {
                throw new DomainRuleViolation("attendee-not-on-team", "Attendees are members of the team");
            }
        }
        if (command.decisions().stream().anyMatch(decision -> !decision.citizenAgrees())) {
            throw new DomainRuleViolation("decision-with-citizen",
                    "Decisions are taken together with the young person (principle 9); record only those they agree to");
        }
        if (command.agreements().isEmpty()) {
            throw new DomainRuleViolation("meeting-ends-with-agreements",
                    "Every meeting ends with binding agreements: who does what by when");
        }
        for (MeetingCommands.NewAgreement agreement : command.agreements()) {
            if (agreement.party() == AgreementParty.TEAM_MEMBER
                    && (agreement.partyMemberId() == null || !course.isTeamMember(agreement.partyMemberId()))) {
                throw new DomainRuleViolation("agreement-party-on-team", "An agreement with a team member names a member of the team");
            }
            if (agreements.contains(agreement.agreementId())) {
                throw new DomainRuleViolation("agreement-exists", "This agreement is already recorded");
            }
        }
        Instant now = GenericEventMessage.clock.instant();
        Instant begins = beginsAt.get(command.meetingId());
        if (begins != null && begins.isAfter(now)) {
            // What was said and agreed is recorded after it was said: minutes ahead of time would fake the meeting cadence.
            throw new DomainRuleViolation("meeting-begun", "Minutes are recorded for a meeting that has begun; this one begins at " + begins);
        }
        Set<UUID> absent = new LinkedHashSet<>(invited);
        absent.removeAll(command.attendedMemberIds());
        apply(new MeetingEvents.MeetingHeld(command.courseId(), command.meetingId(), Set.copyOf(command.attendedMemberIds()),
                Set.copyOf(absent), command.summary(),
                command.decisions().stream().map(MeetingCommands.Decision::text).toList(), command.agreements().size(), now));
        for (MeetingCommands.NewAgreement agreement : command.agreements()) {
            apply(new MeetingEvents.AgreementMade(command.courseId(), agreement.agreementId(), command.meetingId(), agreement.party(),
                    agreement.partyMemberId(), agreement.partyName(), agreement.what(), agreement.dueDate(), now));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(MeetingCommands.FollowUpAgreement command) {
        course.requireOpen();
        if (!agreements.contains(command.agreementId())) {
            throw new DomainRuleViolation("unknown-agreement", "The course has no such agreement");
        }
        if (followedUp.contains(command.agreementId())) {
            throw new DomainRuleViolation("agreement-followed-up", "This agreement is already followed up");
        }
        apply(new MeetingEvents.AgreementFollowedUp(command.courseId(), command.agreementId(), command.fulfilled(),
                command.followUp(), GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @EventSourcingHandler
    void on(MeetingEvents.MeetingScheduled event) {
        invitedByMeeting.put(event.meetingId(), event.invitedMemberIds());
        beginsAt.put(event.meetingId(), event.scheduledFor());
    }

    @EventSourcingHandler
    void on(MeetingEvents.MeetingHeld event) {
        held.add(event.meetingId());
    }

    @EventSourcingHandler
    void on(MeetingEvents.AgreementMade event) {
        agreements.add(event.agreementId());
    }

    @EventSourcingHandler
    void on(MeetingEvents.AgreementFollowedUp event) {
        followedUp.add(event.agreementId());
    }
}
