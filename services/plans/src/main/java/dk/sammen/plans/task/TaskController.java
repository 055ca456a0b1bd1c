package dk.sammen.plans.task;

import dk.sammen.platform.consistency.ReadsFrom;
import dk.sammen.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

@RestController
@Validated
@Tag(name = "Tasks", description = "What the courses need done, by whom and by when, and each professional's notifications")
class TaskController {

    private final TaskBoard tasks;
    private final NotificationFeed notifications;
    private final Clock clock;

    TaskController(TaskBoard tasks, NotificationFeed notifications, Clock clock) {
        this.tasks = tasks;
        this.notifications = notifications;
        this.clock = clock;
    }

    @ReadsFrom(TaskBoard.PROCESSING_GROUP)
    @GetMapping("/tasks")
    @Operation(summary = "The caller's open tasks, the earliest due first; overdue ones say so")
    List<Task> mine() {
        return tasks.openFor(me());
    }

    @ReadsFrom(TaskBoard.PROCESSING_GROUP)
    @GetMapping("/tasks/queue")
    @Operation(summary = "The caller's centre's queue: courses first met there (opened on intake's decision) that no one holds yet; "
            + "take one on by assigning its tovholder (PUT /courses/{courseId}/tovholder)")
    List<Task> queue() {
        // The access rules let through only a caller whose token names a centre.
        return tasks.queue(Objects.requireNonNull(Caller.current().orElseThrow().centre()));
    }

    @PostMapping("/tasks/{taskId}/completion")
    @Operation(summary = "Close a task that its assignee closes themselves (intake's news read); "
            + "every other task closes when the act it asks for happens")
    ResponseEntity<Void> complete(@PathVariable UUID taskId) {
        tasks.closeByAssignee(taskId, clock.instant());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/notifications")
    @Operation(summary = "The caller's notifications after the one named, oldest first")
    List<Notification> notifications(
            @Parameter(description = "The last notification id already seen (0 for all)") @RequestParam(defaultValue = "0") @Min(0) long after,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        return notifications.after(me(), after, size);
    }

    @GetMapping(path = "/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The caller's notifications as server-sent events (event \"task\", id = notification id); "
            + "reconnect with Last-Event-ID to resume")
    SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) @Min(0) Long lastEventId,
                      @RequestParam(required = false) @Min(0) Long after) {
        return notifications.stream(me(), Objects.requireNonNullElse(lastEventId, Objects.requireNonNullElse(after, 0L)));
    }

    private static UUID me() {
        UUID id = Caller.current().orElseThrow().id();
        if (id == null) {
            throw new AccessDeniedException("Tasks and notifications are a named professional's: the token names no one");
        }
        return id;
    }
}
