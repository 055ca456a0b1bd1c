package dk.sammen.plans.course;

import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import dk.sammen.platform.web.Responses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/courses")
@Tag(name = "Courses", description = "Coordinated courses (borgerforløb)")
class CourseController {

    private final CommandGateway commands;
    private final CourseProjection courses;

    CourseController(CommandGateway commands, CourseProjection courses) {
        this.commands = commands;
        this.courses = courses;
    }

    @PostMapping
    @Operation(summary = "Offer a young person a coordinated course")
    ResponseEntity<Responses.Created> open(@Valid @RequestBody OpenCourseRequest request) {
        UUID courseId = UUID.randomUUID();
        commands.sendAndWait(new OpenCourse(courseId, request.citizenId(), request.reason()));
        return Responses.created(courseId);
    }

    @GetMapping("/{courseId}")
    @Operation(summary = "One course; its ETag is the course's version")
    ResponseEntity<CourseView> course(@PathVariable UUID courseId) {
        return Responses.found(courses.find(courseId), "courseId", courseId);
    }

    @GetMapping
    @Operation(summary = "Courses, newest first, optionally of one young person")
    PageResponse<CourseView> courses(@RequestParam(required = false) UUID citizenId, @Valid PageQuery page) {
        return courses.list(citizenId, page);
    }
}
