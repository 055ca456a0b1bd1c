package dk.sammen.plans.course;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonManagedReference;
import dk.sammen.events.Centre;
import dk.sammen.events.plans.ConsentGiver;
import dk.sammen.events.plans.CourseOutcome;
import dk.sammen.events.plans.TeamAffiliation;
import dk.sammen.plans.citizen.CitizenFacts;
import dk.sammen.plans.citizen.Citizens;
import dk.sammen.plans.courseoffer.CourseOffers;
import dk.sammen.plans.kernel.Consents;
import dk.sammen.plans.kernel.CourseContext;
import dk.sammen.plans.meeting.Meetings;
import dk.sammen.plans.plan.Plan;
import dk.sammen.plans.progression.Progression;
import dk.sammen.plans.team.Team;
import dk.sammen.plans.transition.AdultTransitionPolicy;
import dk.sammen.plans.transition.TransitionEvents;
import dk.sammen.plans.transition.Transitions;
import dk.sammen.plans.trial.TrialActions;
import dk.sammen.platform.domain.Denmark;
import dk.sammen.platform.domain.DomainRuleViolation;
import dk.sammen.platform.eventstore.AggregateCache;
import dk.sammen.platform.web.UnknownIdException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * A coordinated course (borgerforløb) for one young person: the consistency boundary of
 * everything decided in it. The course itself keeps its lifecycle and consent; its team, plan and
 * meetings are parts of it that decide their own commands and can ask the course what they need.
 */
@Aggregate(snapshotTriggerDefinition = CourseSnapshots.TRIGGER, cache = AggregateCache.BEAN)
// 2: the consents with the centres each names; snapshots of revision 1 are passed over and the course replayed.
@Revision("2")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Course implements CourseContext {

    /** The rule a second open course for the same young person breaks. */
    public static final String ONE_OPEN_COURSE = "one-open-course";

    @AggregateIdentifier
    private UUID courseId;
    private UUID citizenId;
    private CourseStatus status;
    private boolean everActive;
    private boolean erased;
    private Consents consents;

    @AggregateMember
    @JsonManagedReference("team")
    private Team team;
    @AggregateMember
    @JsonManagedReference("plan")
    private Plan plan;
    @AggregateMember
    @JsonManagedReference("meetings")
    private Meetings meetings;
    @AggregateMember
    @JsonManagedReference("progression")
    private Progression progression;
    @AggregateMember
    @JsonManagedReference("transitions")
    private Transitions transitions;
    @AggregateMember
    @JsonManagedReference("trialActions")
    private TrialActions trialActions;
    @AggregateMember
    @JsonManagedReference("offers")
    private CourseOffers offers;

    /** Whether the meeting and the agreement (each if named) are this course's: what a journal note may be about. */
    public boolean holds(@Nullable UUID meetingId, @Nullable UUID agreementId) {
        return (meetingId == null || meetings.hasMeeting(meetingId)) && (agreementId == null || meetings.hasAgreement(agreementId));
    }

    protected Course() {
        // For Axon, which rebuilds the course from its events.
    }

    @CommandHandler
    @SuppressWarnings("NullAway.Init") // its fields are set as Axon applies CourseOpened, here
    Course(OpenCourse command, Citizens citizens, OpenCourses openCourses, DeadlineManager deadlines,
           AdultTransitionPolicy adultTransition) {
        CitizenFacts citizen = citizens.facts(command.citizenId())
                .orElseThrow(() -> new UnknownIdException("citizenId", command.citizenId()));
        // Borgerens Plan is one plan across the centres (principle 8); a second course would split it.
        openCourses.of(command.citizenId()).ifPresent(open -> {
            throw new DomainRuleViolation(ONE_OPEN_COURSE, "The young person already has an open course: " + open,
                    Map.of("openCourseId", open));
        });
        Instant now = GenericEventMessage.clock.instant();
        apply(new CourseOpened(command.courseId(), command.citizenId(), citizen.birthDate(), command.reason(), now));
        adultTransition.schedule(deadlines, citizen.birthDate(), now);
    }

    /** A persisted deadline: it fires after restarts too, on whichever instance picks it up. */
    @DeadlineHandler(deadlineName = AdultTransitionPolicy.DEADLINE)
    void remindOfAdultTransition(AdultTransitionPolicy.Due due) {
        if (status != CourseStatus.CLOSED && !erased) {
            apply(new TransitionEvents.AdultTransitionReminderRaised(courseId, citizenId, due.eighteenthBirthday(),
                    GenericEventMessage.clock.instant()));
        }
    }

    @CommandHandler
    long handle(CourseCommands.RecordConsent command, Citizens citizens, CourseDocuments documents) {
        requireOpen();
        if (command.signedDocumentId() != null && !documents.holds(courseId, command.signedDocumentId())) {
            throw new UnknownIdException("signedDocumentId", command.signedDocumentId());
        }
        if (command.givenBy() == ConsentGiver.GUARDIAN) {
            Set<UUID> guardians = citizens.facts(citizenId).map(CitizenFacts::guardians).orElse(Set.of());
            if (command.guardianId() == null || !guardians.contains(command.guardianId())) {
                throw new DomainRuleViolation("guardian-registered",
                        "Consent on behalf of a young person comes from one of their registered guardians");
            }
        } else if (command.guardianId() != null) {
            throw new DomainRuleViolation("young-person-consents-alone", "The young person's own consent names no guardian");
        }
        apply(new CourseEvents.ConsentRecorded(courseId, citizenId, command.givenBy(), command.guardianId(),
                Set.copyOf(command.sharedWith()), GenericEventMessage.clock.instant(), command.signedDocumentId()));
        return getVersion();
    }

    @CommandHandler
    long handle(CourseCommands.WithdrawConsent command) {
        requireOpen();
        if (!consents.given(command.withdrawnBy(), command.guardianId())) {
            throw new DomainRuleViolation("consent-given", "Only a consent that was given can be withdrawn");
        }
        boolean sharingStopped = status == CourseStatus.ACTIVE
                && !consents.withdrawn(command.withdrawnBy(), command.guardianId()).inForce(today());
        apply(new CourseEvents.ConsentWithdrawn(courseId, citizenId, command.withdrawnBy(), command.guardianId(),
                sharingStopped, GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @CommandHandler
    long handle(CourseCommands.ActivateCourse command) {
        requireOpen();
        if (status == CourseStatus.ACTIVE) {
            throw new DomainRuleViolation("already-active", "The course is already active");
        }
        if (!consents.inForce(today())) {
            throw new DomainRuleViolation("consent-required", consents.minorOn(today())
                    ? "A young person under 18 starts a course with their own consent and a guardian's"
                    : "A course starts only with the young person's consent");
        }
        if (!team.hasTovholder()) {
            throw new DomainRuleViolation("tovholder-required", "A course starts with a tovholder (principle 2)");
        }
        if (!plan.hasGeneralCommunityGoal()) {
            throw new DomainRuleViolation("community-goal-required",
                    "Every plan has participation in a general community as an explicit goal (seed 000 §4)");
        }
        apply(new CourseEvents.CourseActivated(courseId, citizenId, GenericEventMessage.clock.instant()));
        return getVersion();
    }

    /** Idempotent: an erasure tried again after a failure erases what is left, and refuses nothing. */
    @CommandHandler
    void handle(CourseCommands.EraseCourse command, DeadlineManager deadlines) {
        if (erased) {
            return;
        }
        apply(new CourseEvents.CourseErased(courseId, citizenId, GenericEventMessage.clock.instant()));
        deadlines.cancelAllWithinScope(AdultTransitionPolicy.DEADLINE);
    }

    @CommandHandler
    long handle(CourseCommands.CloseCourse command) {
        requireOpen();
        if (command.outcome() == CourseOutcome.DECLINED && everActive) {
            throw new DomainRuleViolation("declined-before-start",
                    "A course is declined before it starts; an active course ends with another outcome");
        }
        apply(new CourseEvents.CourseClosed(courseId, citizenId, command.outcome(), GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @EventSourcingHandler
    void on(CourseOpened event) {
        courseId = event.courseId();
        citizenId = event.citizenId();
        consents = Consents.noneYet(event.birthDate());
        status = CourseStatus.OFFERED;
        team = new Team(this);
        plan = new Plan(this);
        meetings = new Meetings(this);
        progression = new Progression(this);
        transitions = new Transitions(this);
        trialActions = new TrialActions(this);
        offers = new CourseOffers(this);
    }

    @EventSourcingHandler
    void on(CourseEvents.ConsentRecorded event) {
        consents = consents.recorded(event.givenBy(), event.guardianId(), event.sharedWith());
    }

    @EventSourcingHandler
    void on(CourseEvents.ConsentWithdrawn event) {
        consents = consents.withdrawn(event.withdrawnBy(), event.guardianId());
        if (event.sharingStopped()) {
            status = CourseStatus.CONSENT_WITHDRAWN;
        }
    }

    @EventSourcingHandler
    void on(CourseEvents.CourseActivated event) {
        status = CourseStatus.ACTIVE;
        everActive = true;
    }

    @EventSourcingHandler
    void on(CourseEvents.CourseClosed event) {
        status = CourseStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(CourseEvents.CourseErased event) {
        erased = true;
    }

    @Override
    public boolean consentCovers(TeamAffiliation affiliation, @Nullable Centre homeCentre) {
        return consents.cover(affiliation, homeCentre, today());
    }

    @Override
    public boolean anyConsentGiven() {
        return consents.anyGiven();
    }

    private static LocalDate today() {
        Instant now = GenericEventMessage.clock.instant();
        return LocalDate.ofInstant(now, Denmark.ZONE);
    }

    @Override
    public UUID citizenId() {
        return citizenId;
    }

    @Override
    public void requireOpen() {
        if (erased) {
            throw new DomainRuleViolation("course-erased", "The course was erased with its young person's personal data");
        }
        if (status == CourseStatus.CLOSED) {
            throw new DomainRuleViolation("course-open", "The course is closed");
        }
    }

    @Override
    public void requireActive(String what) {
        requireOpen();
        if (status != CourseStatus.ACTIVE) {
            throw new DomainRuleViolation("course-active", "Only an active course can " + what);
        }
    }

    @Override
    public boolean isTeamMember(UUID personId) {
        return team.has(personId);
    }
}
