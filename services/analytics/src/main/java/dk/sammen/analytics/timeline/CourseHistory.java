package dk.sammen.analytics.timeline;

import dk.sammen.analytics.projection.TimelineEntry;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A course's past, folded from its timeline: as it was at a moment, or step by step. */
@Component
class CourseHistory {

    /** One step of a replayed course. */
    record ReplayStep(String eventId, String eventType, Instant occurredAt, CourseState after) {
    }

    private final TimelineStore timeline;

    CourseHistory(TimelineStore timeline) {
        this.timeline = timeline;
    }

    /** Empty when analytics knows no event of the course up to then. */
    Optional<CourseState> asOf(UUID courseId, Instant moment) {
        List<TimelineEntry> entries = timeline.ofCourseUntil(courseId, moment);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        CourseFold fold = new CourseFold(courseId);
        entries.forEach(fold::apply);
        return Optional.of(fold.state(moment));
    }

    /** Each event in order with the course after it; empty for a course analytics has never seen. */
    List<ReplayStep> replay(UUID courseId) {
        CourseFold fold = new CourseFold(courseId);
        return timeline.allOfCourse(courseId).stream().map(entry -> {
            fold.apply(entry);
            return new ReplayStep(entry.eventId(), entry.eventType(), entry.occurredAt(), fold.state(entry.occurredAt()));
        }).toList();
    }
}
