package dk.sammen.referrals.referral;

import dk.sammen.events.Centre;
import dk.sammen.platform.command.IdempotentCreation;
import dk.sammen.platform.consistency.ReadsFrom;
import dk.sammen.platform.coursefacts.CourseFacts;
import dk.sammen.platform.coursefacts.CourseFacts.CourseConsent;
import dk.sammen.platform.security.Acting;
import dk.sammen.platform.security.Caller;
import dk.sammen.platform.web.ExpectedVersion;
import dk.sammen.platform.web.Responses;
import dk.sammen.platform.web.UnknownIdException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@RestController
@Tag(name = "Referrals", description = "Henvisninger: a course's young person referred to an offer, through the provider's answer to start and end")
class ReferralController {

    private final CommandGateway commands;
    private final ReferralFacts facts;
    private final ReferralProjection referrals;
    private final IdempotentCreation idempotent;
    private final CourseFacts courses;
    private final Places places;

    ReferralController(CommandGateway commands, ReferralFacts facts, ReferralProjection referrals, IdempotentCreation idempotent,
                       CourseFacts courses, Places places) {
        this.commands = commands;
        this.places = places;
        this.courses = courses;
        this.facts = facts;
        this.referrals = referrals;
        this.idempotent = idempotent;
    }

    @PostMapping("/referrals")
    @Operation(summary = "Refer a course's young person to an offer, as a member of the course's team; refused unless the course's "
            + "consent covers the provider's centre")
    ResponseEntity<Responses.Created> refer(
            @Parameter(description = "Makes a retried referral refer once") @RequestHeader(name = IdempotentCreation.HEADER, required = false) String key,
            @Valid @RequestBody ReferralRequest request) {
        courses.requireWorksOn(request.courseId(), "refers its young person to an offer");
        Centre provider = facts.centreOf(request.offerId()).orElseThrow(() -> new UnknownIdException("offerId", request.offerId()));
        Optional<CourseConsent> consent = courses.consentOf(request.courseId());
        return idempotent.create("referrals", key, request, id -> commands.sendAndWait(new ReferralCommands.ReferToOffer(id,
                request.courseId(), consent.map(CourseConsent::citizenId).orElse(null), request.offerId(), provider,
                consent.map(CourseConsent::sharedWith).orElse(Set.of()), Acting.caller(request.referredBy(), "referredBy"))));
    }

    @ReadsFrom("referral-view")
    @GetMapping("/referrals/{referralId}")
    @Operation(summary = "One referral; its ETag is its version")
    ResponseEntity<ReferralView> referral(@PathVariable UUID referralId) {
        return Responses.found(referrals.find(referralId), "referralId", referralId);
    }

    @ReadsFrom("referral-view")
    @GetMapping("/offers/{offerId}/referrals")
    @Operation(summary = "Open referrals to an offer: started, accepted, the wait-list in order, then the newly referred")
    List<ReferralView> forOffer(@PathVariable UUID offerId) {
        return referrals.openFor(offerId);
    }

    @ReadsFrom("referral-view")
    @GetMapping("/places-offered")
    @Operation(summary = "The provider's task: referrals first on the wait-list of an offer of the caller's centre that were offered a "
            + "freed place, waiting for the provider to accept them; longest offered first")
    List<ReferralView> placesOffered() {
        return referrals.placesOffered(Objects.requireNonNull(Caller.current().orElseThrow().centre()));
    }

    @PostMapping("/referrals/{referralId}/acceptance")
    @Operation(summary = "The provider accepts, taking one of the offer's places: 409 offer-full when every place is held or kept for "
            + "a referral offered it (wait-list it instead)")
    ResponseEntity<Void> accept(@PathVariable UUID referralId, ExpectedVersion expected) {
        return Responses.changed(places.whileHoldingPlacesOf(referralId,
                () -> commands.<Long>sendAndWait(new ReferralCommands.AcceptReferral(referralId, expected.value()))));
    }

    @PostMapping("/referrals/{referralId}/wait-list")
    @Operation(summary = "The provider puts the referral on its wait-list, at a position")
    ResponseEntity<Void> waitList(@PathVariable UUID referralId, ExpectedVersion expected, @Valid @RequestBody WaitListRequest request) {
        return Responses.changed(commands.sendAndWait(new ReferralCommands.WaitListReferral(referralId, expected.value(), request.position())));
    }

    @PostMapping("/referrals/{referralId}/rejection")
    @Operation(summary = "The provider rejects, with a reason")
    ResponseEntity<Void> reject(@PathVariable UUID referralId, ExpectedVersion expected, @Valid @RequestBody ReasonRequest request) {
        return Responses.changed(commands.sendAndWait(new ReferralCommands.RejectReferral(referralId, expected.value(), request.reason())));
    }

    @PostMapping("/referrals/{referralId}/start")
    @Operation(summary = "The young person starts in the offer; the plans service records it in the course")
    ResponseEntity<Void> start(@PathVariable UUID referralId, ExpectedVersion expected, @Valid @RequestBody DateRequest request) {
        return Responses.changed(commands.sendAndWait(new ReferralCommands.StartReferral(referralId, expected.value(), request.on())));
    }

    @PostMapping("/referrals/{referralId}/end")
    @Operation(summary = "The young person's time in the offer ends; the plans service records it in the course")
    ResponseEntity<Void> end(@PathVariable UUID referralId, ExpectedVersion expected, @Valid @RequestBody DateRequest request) {
        return Responses.changed(commands.sendAndWait(new ReferralCommands.EndReferral(referralId, expected.value(), request.on())));
    }

    @PostMapping("/referrals/{referralId}/revocation")
    @Operation(summary = "The referrer revokes the referral before it starts")
    ResponseEntity<Void> revoke(@PathVariable UUID referralId, ExpectedVersion expected, @Valid @RequestBody RevocationRequest request) {
        return Responses.changed(commands.sendAndWait(new ReferralCommands.RevokeReferral(referralId, expected.value(), Acting.caller(request.revokedBy(), "revokedBy"),
                request.reason())));
    }

    record ReferralRequest(@NotNull UUID courseId, @NotNull UUID offerId, @Schema(description = "The team member referring: the caller (left out, the caller is meant)") UUID referredBy) {
    }

    record WaitListRequest(@Schema(example = "3") @NotNull @Min(1) Integer position) {
    }

    record ReasonRequest(@Schema(example = "Tilbuddet passer ikke til målgruppen") @NotBlank @Size(max = 2000) String reason) {
    }

    record DateRequest(@Schema(example = "2025-05-01") @NotNull LocalDate on) {
    }

    record RevocationRequest(@Schema(description = "Who revokes: the caller (left out, the caller is meant)") UUID revokedBy, @Schema(example = "Et andet tilbud passer bedre") @Size(max = 2000) String reason) {
    }
}
