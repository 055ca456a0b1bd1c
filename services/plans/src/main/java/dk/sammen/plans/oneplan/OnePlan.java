package dk.sammen.plans.oneplan;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.sammen.plans.course.CourseOpened;
import dk.sammen.plans.course.CourseStatus;
import dk.sammen.plans.course.LifecycleSection;
import dk.sammen.plans.courseoffer.OffersSection;
import dk.sammen.plans.kernel.Attention;
import dk.sammen.plans.kernel.CourseEvent;
import dk.sammen.plans.kernel.OnePlanSection;
import dk.sammen.plans.meeting.MeetingsSection;
import dk.sammen.plans.plan.PlanSection;
import dk.sammen.plans.progression.ProgressionSection;
import dk.sammen.plans.team.TeamSection;
import dk.sammen.plans.transition.TransitionsSection;
import dk.sammen.plans.trial.TrialsSection;
import dk.sammen.platform.web.Versioned;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The one-plan view ("En Plan"): everything about one course as it stands, with the history a
 * caseworker needs (earlier tovholders, earlier wordings of a goal, every meeting). It is composed
 * of the sections each part of the course keeps of its own events, shown as one flat document;
 * kept per course by {@link OnePlanProjection}, and front ends read it in one request.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
public class OnePlan implements Versioned {

    private static final ClassValue<Class<?>> EVENTS = new ClassValue<>() {
        @Override
        protected Class<?> computeValue(Class<?> section) {
            return Objects.requireNonNull(ResolvableType.forClass(OnePlanSection.class, section).resolveGeneric(0));
        }
    };

    UUID courseId;
    UUID citizenId;
    @JsonUnwrapped LifecycleSection lifecycle = new LifecycleSection();
    @JsonUnwrapped TeamSection team = new TeamSection();
    @JsonUnwrapped PlanSection plan = new PlanSection();
    @JsonUnwrapped MeetingsSection meetings = new MeetingsSection();
    @JsonUnwrapped ProgressionSection progression = new ProgressionSection();
    @JsonUnwrapped TransitionsSection transitions = new TransitionsSection();
    @JsonUnwrapped TrialsSection trials = new TrialsSection();
    @JsonUnwrapped OffersSection offers = new OffersSection();
    List<Attention> attention = List.of();
    long version;

    @SuppressWarnings("NullAway.Init") // set from CourseOpened by opened(), or by Jackson from the stored view
    OnePlan() {
    }

    static OnePlan opened(CourseOpened event) {
        OnePlan opened = new OnePlan();
        opened.courseId = event.courseId();
        opened.citizenId = event.citizenId();
        opened.lifecycle.apply(event);
        return opened;
    }

    /** In the order the document shows them, which is also the order of their attention items. */
    List<OnePlanSection<?>> sections() {
        return List.of(lifecycle, team, plan, meetings, progression, transitions, trials, offers);
    }

    /**
     * Applies one event of the course to the section of the part it belongs to. An event no
     * section takes is a defect (OnePlanTest looks for one), refused rather than left out of the view.
     */
    void apply(CourseEvent event, long sequence) {
        if (sections().stream().noneMatch(section -> appliedTo(section, event))) {
            throw new IllegalArgumentException("No section of the one-plan view shows " + event.getClass().getName());
        }
        version = sequence;
    }

    @SuppressWarnings("unchecked")
    private static boolean appliedTo(OnePlanSection<?> section, CourseEvent event) {
        if (!eventsOf(section).isInstance(event)) {
            return false;
        }
        ((OnePlanSection<CourseEvent>) section).apply(event);
        return true;
    }

    /** The part's event type a section takes: the type argument it implements {@link OnePlanSection} with. */
    static Class<?> eventsOf(OnePlanSection<?> section) {
        return EVENTS.get(section.getClass());
    }

    Set<UUID> memberIds() {
        return team.memberIds();
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
        return lifecycle.status();
    }

    public @Nullable UUID tovholderId() {
        return team.tovholderId();
    }

    public List<Attention> attention() {
        return attention;
    }

    @Override
    public long version() {
        return version;
    }
}
