package dk.sammen.plans.task;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A task that came to someone: raised for them, or moved to them with its course. Ids grow, so "after" pages and resumes a stream. */
public record Notification(long notificationId, TaskKind kind, UUID taskId, UUID courseId, @Nullable LocalDate dueOn, Instant createdAt) {
}
