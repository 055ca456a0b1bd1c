package dk.sammen.plans.course;

import dk.sammen.events.Centre;
import dk.sammen.events.plans.ConsentGiver;
import dk.sammen.events.plans.CourseOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

import java.util.Set;
import java.util.UUID;

/**
 * The commands of the course's own lifecycle. Every change to an existing course carries the
 * version its sender last saw ({@code If-Match}); {@code null} accepts any.
 */
public final class CourseCommands {

    private CourseCommands() {
    }

    /** Record that the young person, or a guardian of a minor, consents to the course and to sharing it. */
    public record RecordConsent(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion,
                                ConsentGiver givenBy, UUID guardianId, Set<Centre> sharedWith, @Nullable UUID signedDocumentId) {
    }

    /** Withdraw a consent; the course stops being shared under it. */
    public record WithdrawConsent(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion,
                                  ConsentGiver withdrawnBy, UUID guardianId) {
    }

    /** Start the course: it needs consent, a tovholder and a goal of participation in a general community. */
    public record ActivateCourse(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion) {
    }

    /**
     * Close the course for good because its young person's personal data is being erased: no
     * command is taken from then on, its deadlines are cancelled, its team loses access.
     */
    public record EraseCourse(@TargetAggregateIdentifier UUID courseId) {
    }

    /** Close the course with its outcome. */
    public record CloseCourse(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion,
                              CourseOutcome outcome) {
    }
}
