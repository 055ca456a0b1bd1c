package dk.sammen.plans.course;

import dk.sammen.events.plans.CourseOfferReason;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** The body of {@code POST /courses}. */
record OpenCourseRequest(
        @Schema(description = "The young person's opaque id") @NotNull UUID citizenId,
        @Schema(description = "Why the course is offered") @NotNull CourseOfferReason reason) {
}
