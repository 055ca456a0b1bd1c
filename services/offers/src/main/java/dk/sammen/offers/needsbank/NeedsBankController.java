package dk.sammen.offers.needsbank;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.offers.offer.OfferDetails;
import dk.sammen.platform.audit.AuditSubjects;
import dk.sammen.platform.command.IdempotentCreation;
import dk.sammen.platform.consistency.ReadsFrom;
import dk.sammen.platform.coursefacts.CourseFacts;
import dk.sammen.platform.web.ExpectedVersion;
import dk.sammen.platform.web.Responses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/needs")
@Tag(name = "Needs bank", description = "A young person's need exposed without identifying them; units bid with a solution; the team accepts one")
class NeedsBankController {

    private final CommandGateway commands;
    private final NeedsBankView needs;
    private final IdempotentCreation idempotent;
    private final CourseFacts courses;
    private final NeedCourses needCourses;

    NeedsBankController(CommandGateway commands, NeedsBankView needs, IdempotentCreation idempotent, CourseFacts courses,
                        NeedCourses needCourses) {
        this.commands = commands;
        this.needs = needs;
        this.idempotent = idempotent;
        this.courses = courses;
        this.needCourses = needCourses;
    }

    @PostMapping
    @Operation(summary = "A course team posts a need: categories, goals and constraints in words that identify no one, a time frame; "
            + "only those who work on the course (its team, as its consent covers them)")
    ResponseEntity<Responses.Created> post(
            @Parameter(description = "Makes a retried post post once") @RequestHeader(name = IdempotentCreation.HEADER, required = false) String key,
            @Valid @RequestBody NeedRequest request) {
        courses.requireWorksOn(request.courseId(), "posts a need for its young person");
        return idempotent.create("needs", key, request, id -> commands.sendAndWait(new NeedsBankCommands.PostNeed(id, request.courseId(),
                request.needCategories(), request.goals(), request.constraints(), request.wantedFrom(), request.wantedTo())));
    }

    @ReadsFrom("needs-bank-view")
    @GetMapping
    @Operation(summary = "Open needs to bid on, optionally of one category; never the course or the young person")
    List<NeedsBankView.OpenNeed> open(@RequestParam(required = false) NeedCategory need) {
        return needs.open(need);
    }

    @ReadsFrom("needs-bank-view")
    @GetMapping("/{needId}")
    @Operation(summary = "A need with its bids, for the team of the course that posted it")
    ResponseEntity<NeedsBankView.PostedNeed> need(@PathVariable UUID needId) {
        Optional<NeedsBankView.PostedNeed> need = needs.posted(needId);
        AuditSubjects.returned(need.stream().toList(), posted -> courses.citizenOfCourse(posted.courseId()).orElse(null));
        return Responses.found(need, "needId", needId);
    }

    @PostMapping("/{needId}/bids")
    @Operation(summary = "Bid on a need with a solution: what, who, how it meets the three criteria, cost, and when it can start")
    ResponseEntity<Void> bid(@PathVariable UUID needId, @Valid @RequestBody BidRequest request) {
        return Responses.changed(commands.sendAndWait(new NeedsBankCommands.SubmitBid(needId, request.bidId(), request.solution(),
                request.startOn())));
    }

    @PostMapping("/{needId}/bids/{bidId}/acceptance")
    @Operation(summary = "Accept a bid: it becomes an offer in the catalogue and starts in the course that posted the need; "
            + "refused (409 consent-covers-bidder) unless the course's consent names the bidding centre")
    ResponseEntity<Void> accept(@PathVariable UUID needId, @PathVariable UUID bidId, ExpectedVersion expected) {
        Set<Centre> covered = needCourses.courseOf(needId).flatMap(courses::consentOf).map(CourseFacts.CourseConsent::sharedWith)
                .orElse(Set.of());
        return Responses.changed(commands.sendAndWait(new NeedsBankCommands.AcceptBid(needId, expected.value(), bidId, covered)));
    }

    record NeedRequest(@NotNull UUID courseId,
                       @Schema(example = "[\"MENTAL_HEALTH\", \"HOUSING\"]") @NotEmpty Set<@NotNull NeedCategory> needCategories,
                       @Schema(example = "Bo tæt på familien og komme i gang med en uddannelse") @NotBlank @Size(max = 2000) String goals,
                       @Schema(example = "Kan ikke bo alene endnu") @Size(max = 2000) String constraints,
                       @Schema(example = "2025-06-01") @NotNull LocalDate wantedFrom,
                       @Schema(example = "2025-12-31") @NotNull LocalDate wantedTo) {
    }

    record BidRequest(@Schema(description = "The bidder's id for the bid") @NotNull UUID bidId, @NotNull @Valid OfferDetails solution,
                      @Schema(example = "2025-07-01") @NotNull LocalDate startOn) {
    }
}
