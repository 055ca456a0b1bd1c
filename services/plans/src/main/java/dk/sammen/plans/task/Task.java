package dk.sammen.plans.task;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One thing a course needs done.
 *
 * @param aboutId    the meeting, agreement, warning or underretning it is about (the course itself otherwise)
 * @param assigneeId who it is for; none while it waits in the queue for someone to take the course on
 * @param overdue    due before today and still open
 */
public record Task(UUID taskId, TaskKind kind, UUID courseId, UUID citizenId, UUID aboutId, @Nullable UUID assigneeId,
                   @Nullable LocalDate dueOn, boolean overdue, Instant raisedAt, @Nullable Instant closedAt) {
}
