package dk.sammen.plans.oneplan;

import dk.sammen.plans.course.CourseEvents;
import dk.sammen.plans.course.CourseOpened;
import dk.sammen.plans.course.CourseStatus;
import dk.sammen.plans.kernel.CourseEvent;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dk.sammen.events.Centre;
import dk.sammen.events.plans.AgreementParty;
import dk.sammen.events.plans.ConsentGiver;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.CourseOutcome;
import dk.sammen.events.plans.GoalArea;
import dk.sammen.events.plans.SubGoalStatus;
import dk.sammen.events.plans.TeamAffiliation;
import dk.sammen.events.plans.TeamRole;
import dk.sammen.plans.course.CourseEvents.ConsentRecorded;
import dk.sammen.plans.course.CourseEvents.ConsentWithdrawn;
import dk.sammen.plans.course.CourseEvents.CourseActivated;
import dk.sammen.plans.course.CourseEvents.CourseClosed;
import dk.sammen.plans.meeting.MeetingEvents.AgreementFollowedUp;
import dk.sammen.plans.meeting.MeetingEvents.AgreementMade;
import dk.sammen.plans.meeting.MeetingEvents.MeetingHeld;
import dk.sammen.plans.meeting.MeetingEvents.MeetingScheduled;
import dk.sammen.plans.plan.PlanEvents;
import dk.sammen.plans.plan.PlanEvents.AspirationsDescribed;
import dk.sammen.plans.plan.PlanEvents.GoalSet;
import dk.sammen.plans.plan.PlanEvents.SubGoalAdded;
import dk.sammen.plans.plan.PlanEvents.SubGoalStatusChanged;
import dk.sammen.plans.team.TeamEvents.TeamMemberAdded;
import dk.sammen.plans.team.TeamEvents.TeamMemberRemoved;
import dk.sammen.plans.team.TeamEvents.TovholderAssigned;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.events.plans.PathStage;
import dk.sammen.plans.courseoffer.CourseOfferEvents.DoubleOfferAcknowledged;
import dk.sammen.plans.courseoffer.CourseOfferEvents.DoubleOfferWarningRaised;
import dk.sammen.plans.courseoffer.CourseOfferEvents.OfferEnded;
import dk.sammen.plans.courseoffer.CourseOfferEvents.OfferStarted;
import dk.sammen.events.plans.ProgressionDimension;
import dk.sammen.events.plans.TransitionKind;
import dk.sammen.events.plans.TrialResult;
import dk.sammen.plans.progression.ProgressionEvents.PathStageReached;
import dk.sammen.plans.progression.ProgressionEvents.ProgressionMeasured;
import dk.sammen.plans.transition.TransitionEvents.AdultTransitionReminderRaised;
import dk.sammen.plans.transition.TransitionEvents.TransitionCompleted;
import dk.sammen.plans.transition.TransitionEvents.TransitionPlanned;
import dk.sammen.plans.trial.TrialEvents.TrialActionDecided;
import dk.sammen.plans.trial.TrialEvents.TrialActionEvaluated;
import dk.sammen.plans.trial.TrialEvents.TrialActionProposed;
import dk.sammen.platform.web.Versioned;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The one-plan view ("En Plan"): everything about one course as it stands, with the history a
 * caseworker needs (earlier tovholders, earlier wordings of a goal, every meeting). Kept as one
 * document per course by {@link OnePlanProjection}; front ends read it in one request.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
public class OnePlan implements Versioned {

    UUID courseId;
    UUID citizenId;
    CourseOfferReason reason;
    CourseStatus status;
    Instant openedAt;
    Instant activatedAt;
    Instant closedAt;
    CourseOutcome outcome;
    List<Consent> consents = new ArrayList<>();
    Set<Centre> sharedWith = EnumSet.noneOf(Centre.class);
    UUID tovholderId;
    List<Handover> tovholderHistory = new ArrayList<>();
    List<Member> team = new ArrayList<>();
    String dreams;
    String perceivedPath;
    List<Goal> goals = new ArrayList<>();
    List<Comment> comments = new ArrayList<>();
    List<Meeting> meetings = new ArrayList<>();
    List<Agreement> agreements = new ArrayList<>();
    List<Measurement> progression = new ArrayList<>();
    PathStage pathStage;
    List<Transition> transitions = new ArrayList<>();
    LocalDate adultTransitionReminderFor;
    List<Trial> trialActions = new ArrayList<>();
    List<RunningOffer> offers = new ArrayList<>();
    List<DoubleOfferWarning> doubleOfferWarnings = new ArrayList<>();
    List<Attention> attention = List.of();
    long version;

    static OnePlan opened(CourseOpened event) {
        OnePlan plan = new OnePlan();
        plan.courseId = event.courseId();
        plan.citizenId = event.citizenId();
        plan.reason = event.reason();
        plan.status = CourseStatus.OFFERED;
        plan.openedAt = event.openedAt();
        return plan;
    }

    /** Applies one event of the course; events the view does not show leave it as it is. */
    void apply(CourseEvent event, long sequence) {
        version = sequence;
        switch (event) {
            case ConsentRecorded e -> {
                consents.removeIf(c -> Objects.equals(c.guardianId, e.guardianId()));
                consents.add(new Consent(e.givenBy(), e.guardianId(), e.sharedWith(), e.recordedAt()));
                shareAcrossConsents();
            }
            case ConsentWithdrawn e -> {
                consents.removeIf(c -> Objects.equals(c.guardianId, e.guardianId()));
                shareAcrossConsents();
                if (e.sharingStopped()) {
                    status = CourseStatus.CONSENT_WITHDRAWN;
                }
            }
            case CourseActivated e -> {
                status = CourseStatus.ACTIVE;
                activatedAt = e.activatedAt();
            }
            case CourseClosed e -> {
                status = CourseStatus.CLOSED;
                closedAt = e.closedAt();
                outcome = e.outcome();
            }
            case TovholderAssigned e -> {
                tovholderId = e.tovholderId();
                tovholderHistory.add(new Handover(e.tovholderId(), e.centre(), e.previousTovholderId(), e.handoverReason(), e.assignedAt()));
            }
            case TeamMemberAdded e -> team.add(new Member(e.memberId(), e.name(), e.role(), e.affiliation(), e.addedAt()));
            case TeamMemberRemoved e -> team.removeIf(m -> m.memberId.equals(e.memberId()));
            case AspirationsDescribed e -> {
                dreams = e.dreams();
                perceivedPath = e.perceivedPath();
            }
            case GoalSet e -> {
                Goal goal = goal(e.goalId());
                if (goal == null) {
                    goal = new Goal();
                    goal.goalId = e.goalId();
                    goal.area = e.area();
                    goals.add(goal);
                } else {
                    goal.earlierRevisions.add(new GoalRevision(goal.revision, goal.inOwnWords, goal.how, goal.responsibleId, goal.byWhen, goal.setAt));
                }
                goal.revision = e.revision();
                goal.inOwnWords = e.inOwnWords();
                goal.how = e.how();
                goal.responsibleId = e.responsibleId();
                goal.byWhen = e.byWhen();
                goal.why = e.why();
                goal.setAt = e.setAt();
            }
            case PlanEvents.CommentAdded e -> comments.add(new Comment(e.commentId(), e.authorId(), e.text(), e.addedAt()));
            case SubGoalAdded e -> goal(e.goalId()).subGoals.add(
                    new SubGoal(e.subGoalId(), e.description(), e.ownerId(), e.dueDate(), SubGoalStatus.OPEN, null));
            case SubGoalStatusChanged e -> goals.stream().flatMap(g -> g.subGoals.stream())
                    .filter(s -> s.subGoalId.equals(e.subGoalId())).forEach(s -> {
                        s.status = e.status();
                        s.note = e.note();
                    });
            case MeetingScheduled e -> {
                Meeting meeting = new Meeting();
                meeting.meetingId = e.meetingId();
                meeting.scheduledFor = e.scheduledFor();
                meeting.invitedMemberIds = e.invitedMemberIds();
                meetings.add(meeting);
            }
            case MeetingHeld e -> meetings.stream().filter(m -> m.meetingId.equals(e.meetingId())).forEach(m -> {
                m.heldAt = e.heldAt();
                m.attendedMemberIds = e.attendedMemberIds();
                m.absentMemberIds = e.absentMemberIds();
                m.summary = e.summary();
                m.decisions = e.decisions();
            });
            case AgreementMade e -> agreements.add(new Agreement(e.agreementId(), e.meetingId(), e.party(), e.partyMemberId(),
                    e.partyName(), e.what(), e.dueDate(), null, null, null));
            case AgreementFollowedUp e -> agreements.stream().filter(a -> a.agreementId.equals(e.agreementId())).forEach(a -> {
                a.fulfilled = e.fulfilled();
                a.followUp = e.followUp();
                a.followedUpAt = e.followedUpAt();
            });
            case ProgressionMeasured e -> progression.add(new Measurement(e.measurementId(), e.dimension(), e.scaleMin(),
                    e.scaleMax(), e.value(), e.measuredBy(), e.measuredOn()));
            case PathStageReached e -> pathStage = e.stage();
            case TransitionPlanned e -> transitions.add(new Transition(e.transitionId(), e.kind(), e.plannedFor(), e.responsibleId(),
                    e.description(), null));
            case TransitionCompleted e -> transitions.replaceAll(t -> t.transitionId().equals(e.transitionId())
                    ? new Transition(t.transitionId(), t.kind(), t.plannedFor(), t.responsibleId(), t.description(), e.completedAt()) : t);
            case AdultTransitionReminderRaised e -> adultTransitionReminderFor = e.eighteenthBirthday();
            case TrialActionProposed e -> trialActions.add(new Trial(e.trialId(), e.hypothesis(), e.expectedCostPerYear(),
                    e.costBeforePerYear(), null, null, null, null, null));
            case TrialActionDecided e -> trialActions.replaceAll(t -> t.trialId().equals(e.trialId())
                    ? new Trial(t.trialId(), t.hypothesis(), t.expectedCostPerYear(), t.costBeforePerYear(), e.approved(), e.reasoning(),
                    null, null, null) : t);
            case TrialActionEvaluated e -> trialActions.replaceAll(t -> t.trialId().equals(e.trialId())
                    ? new Trial(t.trialId(), t.hypothesis(), t.expectedCostPerYear(), t.costBeforePerYear(), t.approved(), t.reasoning(),
                    e.result(), e.evaluation(), e.actualCostPerYear()) : t);
            case OfferStarted e -> offers.add(new RunningOffer(e.offerId(), e.revision(), e.name(), e.centre(), e.needCategories(),
                    e.startedOn(), null));
            case OfferEnded e -> offers.replaceAll(o -> o.offerId().equals(e.offerId()) && o.endedOn() == null
                    ? new RunningOffer(o.offerId(), o.revision(), o.name(), o.centre(), o.needCategories(), o.startedOn(), e.endedOn()) : o);
            case DoubleOfferWarningRaised e -> doubleOfferWarnings.add(new DoubleOfferWarning(e.warningId(), e.offerId(),
                    e.overlappingOfferIds(), e.needCategories(), null));
            case DoubleOfferAcknowledged e -> doubleOfferWarnings.replaceAll(w -> w.warningId().equals(e.warningId())
                    ? new DoubleOfferWarning(w.warningId(), w.offerId(), w.overlappingOfferIds(), w.needCategories(), e.reason()) : w);
            default -> {
            }
        }
    }

    private void shareAcrossConsents() {
        Set<Centre> shared = EnumSet.allOf(Centre.class);
        consents.forEach(c -> shared.retainAll(c.sharedWith));
        sharedWith = consents.isEmpty() ? EnumSet.noneOf(Centre.class) : shared;
    }

    private Goal goal(UUID goalId) {
        return goals.stream().filter(g -> g.goalId.equals(goalId)).findFirst().orElse(null);
    }

    Set<UUID> memberIds() {
        Set<UUID> ids = new java.util.HashSet<>();
        team.forEach(m -> ids.add(m.memberId));
        return ids;
    }

    OnePlan withAttention(List<Attention> attention) {
        this.attention = attention;
        return this;
    }

    public UUID courseId() {
        return courseId;
    }

    public UUID citizenId() {
        return citizenId;
    }

    public CourseStatus status() {
        return status;
    }

    public UUID tovholderId() {
        return tovholderId;
    }

    public List<Attention> attention() {
        return attention;
    }

    @Override
    public long version() {
        return version;
    }

    record Consent(ConsentGiver givenBy, UUID guardianId, Set<Centre> sharedWith, Instant recordedAt) {
    }

    record Handover(UUID tovholderId, Centre centre, UUID previousTovholderId, String reason, Instant assignedAt) {
    }

    record Member(UUID memberId, String name, TeamRole role, TeamAffiliation affiliation, Instant since) {
    }

    /** An offer the course uses; {@code endedOn} is null while it runs. */
    record RunningOffer(UUID offerId, int revision, String name, Centre centre, Set<NeedCategory> needCategories,
                        LocalDate startedOn, LocalDate endedOn) {
    }

    /** {@code acknowledgedBecause} is null until the team acknowledges the warning. */
    record DoubleOfferWarning(UUID warningId, UUID offerId, Set<UUID> overlappingOfferIds, Set<NeedCategory> needCategories,
                              String acknowledgedBecause) {
    }

    record Measurement(UUID measurementId, ProgressionDimension dimension, double scaleMin, double scaleMax, double value,
                       UUID measuredBy, LocalDate measuredOn) {
    }

    record Transition(UUID transitionId, TransitionKind kind, LocalDate plannedFor, UUID responsibleId, String description,
                      Instant completedAt) {
    }

    /** Amounts in whole DKK a year. */
    record Trial(UUID trialId, String hypothesis, long expectedCostPerYear, Long costBeforePerYear, Boolean approved,
                 String reasoning, TrialResult result, String evaluation, Long actualCostPerYear) {
    }

    /** A comment on the plan by the young person or a team member. */
    record Comment(UUID commentId, UUID authorId, String text, Instant addedAt) {
    }

    record GoalRevision(int revision, String inOwnWords, String how, UUID responsibleId, LocalDate byWhen, Instant setAt) {
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
    static class Goal {
        UUID goalId;
        GoalArea area;
        int revision;
        String inOwnWords;
        String how;
        UUID responsibleId;
        LocalDate byWhen;
        String why;
        Instant setAt;
        List<SubGoal> subGoals = new ArrayList<>();
        List<GoalRevision> earlierRevisions = new ArrayList<>();
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
    static class SubGoal {
        UUID subGoalId;
        String description;
        UUID ownerId;
        LocalDate dueDate;
        SubGoalStatus status;
        String note;

        SubGoal() {
        }

        SubGoal(UUID subGoalId, String description, UUID ownerId, LocalDate dueDate, SubGoalStatus status, String note) {
            this.subGoalId = subGoalId;
            this.description = description;
            this.ownerId = ownerId;
            this.dueDate = dueDate;
            this.status = status;
            this.note = note;
        }
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
    static class Meeting {
        UUID meetingId;
        Instant scheduledFor;
        Set<UUID> invitedMemberIds;
        Instant heldAt;
        Set<UUID> attendedMemberIds;
        Set<UUID> absentMemberIds;
        String summary;
        List<String> decisions;
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
    static class Agreement {
        UUID agreementId;
        UUID meetingId;
        AgreementParty party;
        UUID partyMemberId;
        String partyName;
        String what;
        LocalDate dueDate;
        Boolean fulfilled;
        String followUp;
        Instant followedUpAt;

        Agreement() {
        }

        Agreement(UUID agreementId, UUID meetingId, AgreementParty party, UUID partyMemberId, String partyName, String what,
                  LocalDate dueDate, Boolean fulfilled, String followUp, Instant followedUpAt) {
            this.agreementId = agreementId;
            this.meetingId = meetingId;
            this.party = party;
            this.partyMemberId = partyMemberId;
            this.partyName = partyName;
            this.what = what;
            this.dueDate = dueDate;
            this.fulfilled = fulfilled;
            this.followUp = followUp;
            this.followedUpAt = followedUpAt;
        }
    }

    /** Something about the course the team should act on now; computed when the view is read. */
    public record Attention(Kind kind, String message, UUID about) {
        public enum Kind {
            NO_NEXT_MEETING, NEXT_MEETING_OVERDUE, NEXT_MEETING_TOO_LATE, AGREEMENT_OVERDUE, UPCOMING_TRANSITION,
            ADULT_TRANSITION_UNPLANNED, DOUBLE_OFFER_UNACKNOWLEDGED
        }
    }
}
