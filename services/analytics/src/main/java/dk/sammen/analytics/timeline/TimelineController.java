package dk.sammen.analytics.timeline;

import dk.sammen.analytics.projection.TimelineEntry;
import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import dk.sammen.platform.web.UnknownIdException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Timeline", description = "The cross-service history of each course, each young person and each family; a course as of any moment")
class TimelineController {

    private final TimelineStore timeline;
    private final CourseHistory history;

    TimelineController(TimelineStore timeline, CourseHistory history) {
        this.timeline = timeline;
        this.history = history;
    }

    @GetMapping("/courses/{courseId}/timeline")
    @Operation(summary = "A course's events from every service, oldest first")
    PageResponse<TimelineEntry> courseTimeline(@PathVariable UUID courseId, @Valid PageQuery page) {
        return known(timeline.ofCourse(courseId, page), "courseId", courseId);
    }

    @GetMapping("/citizens/{citizenId}/timeline")
    @Operation(summary = "Everything about one young person from every service, their courses included, oldest first")
    PageResponse<TimelineEntry> citizenTimeline(@PathVariable UUID citizenId, @Valid PageQuery page) {
        return known(timeline.ofCitizen(citizenId, page), "citizenId", citizenId);
    }

    @GetMapping("/citizens/{citizenId}/family-timeline")
    @Operation(summary = "Everything about a young person and the family registered with them, oldest first (the Maja timeline)")
    PageResponse<TimelineEntry> familyTimeline(@PathVariable UUID citizenId, @Valid PageQuery page) {
        return known(timeline.ofFamily(citizenId, page), "citizenId", citizenId);
    }

    @GetMapping("/courses/{courseId}/as-of")
    @Operation(summary = "What a course looked like at a moment: its events up to then, folded")
    CourseState courseAsOf(@PathVariable UUID courseId,
                           @Parameter(description = "The moment; now when left out", example = "2024-06-30T12:00:00Z")
                           @RequestParam(required = false) Instant at) {
        return history.asOf(courseId, at == null ? Instant.now() : at).orElseThrow(() -> new UnknownIdException("courseId", courseId));
    }

    @GetMapping("/courses/{courseId}/replay")
    @Operation(summary = "Replay one course: each of its events in order, with what the course looked like after it")
    List<CourseHistory.ReplayStep> replay(@PathVariable UUID courseId) {
        List<CourseHistory.ReplayStep> steps = history.replay(courseId);
        if (steps.isEmpty()) {
            throw new UnknownIdException("courseId", courseId);
        }
        return steps;
    }

    /** A course or young person analytics has never seen an event about is not found. */
    private static PageResponse<TimelineEntry> known(PageResponse<TimelineEntry> entries, String idField, UUID id) {
        if (entries.totalItems() == 0) {
            throw new UnknownIdException(idField, id);
        }
        return entries;
    }
}
