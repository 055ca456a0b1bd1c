package dk.sammen.analytics.timeline;

import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import dk.sammen.platform.web.UnknownIdException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.UUID;

@RestController
@Tag(name = "Timeline", description = "The cross-service history of each course and each young person")
class TimelineController {

    private final TimelineStore timeline;
    private final TimelineRebuilds rebuilds;

    TimelineController(TimelineStore timeline, TimelineRebuilds rebuilds) {
        this.timeline = timeline;
        this.rebuilds = rebuilds;
    }

    @GetMapping("/courses/{courseId}/timeline")
    @Operation(summary = "A course's events from every service, oldest first")
    PageResponse<TimelineEntry> courseTimeline(@PathVariable UUID courseId, @Valid PageQuery page) {
        return known(timeline.ofCourse(courseId, page), "courseId", courseId);
    }

    @GetMapping("/citizens/{citizenId}/timeline")
    @Operation(summary = "Everything about one young person from every service, oldest first")
    PageResponse<TimelineEntry> citizenTimeline(@PathVariable UUID citizenId, @Valid PageQuery page) {
        return known(timeline.ofCitizen(citizenId, page), "citizenId", citizenId);
    }

    @PostMapping("/timeline/rebuilds")
    @Operation(summary = "Rebuild the timeline from the beginning of the log (202; poll the Location)")
    ResponseEntity<Rebuild> rebuild() {
        Rebuild rebuild = rebuilds.request();
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(rebuild.rebuildId()).toUri();
        return ResponseEntity.accepted().location(location).body(rebuild);
    }

    @GetMapping("/timeline/rebuilds/{rebuildId}")
    @Operation(summary = "How a rebuild is going")
    Rebuild rebuildStatus(@PathVariable UUID rebuildId) {
        return rebuilds.find(rebuildId).orElseThrow(() -> new UnknownIdException("rebuildId", rebuildId));
    }

    /** A course or young person analytics has never seen an event about is not found. */
    private static PageResponse<TimelineEntry> known(PageResponse<TimelineEntry> entries, String idField, UUID id) {
        if (entries.totalItems() == 0) {
            throw new UnknownIdException(idField, id);
        }
        return entries;
    }
}
