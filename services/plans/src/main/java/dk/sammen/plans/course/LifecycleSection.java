package dk.sammen.plans.course;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dk.sammen.events.Centre;
import dk.sammen.events.plans.ConsentGiver;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.CourseOutcome;
import dk.sammen.plans.course.CourseEvents.ConsentRecorded;
import dk.sammen.plans.course.CourseEvents.ConsentWithdrawn;
import dk.sammen.plans.course.CourseEvents.CourseActivated;
import dk.sammen.plans.course.CourseEvents.CourseClosed;
import dk.sammen.plans.course.CourseEvents.CourseErased;
import dk.sammen.plans.kernel.Attention;
import dk.sammen.plans.kernel.OnePlanSection;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The one-plan view's account of the course itself: why and when it was opened, its status, the consents in force. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
public class LifecycleSection implements OnePlanSection<CourseEvents> {

    CourseOfferReason reason;
    CourseStatus status;
    Instant openedAt;
    @Nullable Instant activatedAt;
    @Nullable Instant closedAt;
    @Nullable CourseOutcome outcome;
    List<Consent> consents = new ArrayList<>();
    /** The centres every consent in force names: those the course is shared with. */
    Set<Centre> sharedWith = EnumSet.noneOf(Centre.class);

    @SuppressWarnings("NullAway.Init") // set by CourseOpened, every course's first event, or by Jackson from the stored view
    public LifecycleSection() {
    }

    record Consent(ConsentGiver givenBy, @Nullable UUID guardianId, Set<Centre> sharedWith, Instant recordedAt,
                   @Nullable UUID signedDocumentId) {
    }

    @Override
    public void apply(CourseEvents event) {
        switch (event) {
            case CourseOpened e -> {
                reason = e.reason();
                status = CourseStatus.OFFERED;
                openedAt = e.openedAt();
            }
            case ConsentRecorded e -> {
                consents.removeIf(c -> Objects.equals(c.guardianId, e.guardianId()));
                consents.add(new Consent(e.givenBy(), e.guardianId(), e.sharedWith(), e.recordedAt(), e.signedDocumentId()));
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
            case CourseErased e -> {
                // Nothing to show: an erased young person's courses leave the view altogether.
            }
        }
    }

    private void shareAcrossConsents() {
        Set<Centre> shared = EnumSet.allOf(Centre.class);
        consents.forEach(c -> shared.retainAll(c.sharedWith));
        sharedWith = consents.isEmpty() ? EnumSet.noneOf(Centre.class) : shared;
    }

    public CourseOfferReason reason() {
        return reason;
    }

    public CourseStatus status() {
        return status;
    }

    /** The moment to judge what needs attention, if the course is active: only an active course has a rhythm to keep. */
    public Optional<Attention.AsOf> activeAsOf(Instant now, ZoneId zone) {
        return status == CourseStatus.ACTIVE ? Optional.of(new Attention.AsOf(now, LocalDate.ofInstant(now, zone), activatedAt))
                : Optional.empty();
    }

    public Instant openedAt() {
        return openedAt;
    }
}
