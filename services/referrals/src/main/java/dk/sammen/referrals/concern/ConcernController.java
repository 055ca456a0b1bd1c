package dk.sammen.referrals.concern;

import dk.sammen.platform.audit.AuditSubjects;
import dk.sammen.platform.consistency.ReadsFrom;
import dk.sammen.referrals.access.ReferralAccess;
import dk.sammen.referrals.underretning.UnderretningProjection;
import dk.sammen.referrals.underretning.UnderretningView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Concern histories", description = "Every notification about a young person and their household, and the flags for a coordinated course")
class ConcernController {

    private final UnderretningProjection underretninger;
    private final FlaggedYoungPeople flagged;
    private final ReferralAccess access;

    ConcernController(UnderretningProjection underretninger, FlaggedYoungPeople flagged, ReferralAccess access) {
        this.underretninger = underretninger;
        this.flagged = flagged;
        this.access = access;
    }

    @ReadsFrom("underretning-view")
    @GetMapping("/young-people/{citizenId}/underretninger")
    @Operation(summary = "A young person's notification history, oldest first, and whether it is flagged")
    History history(@PathVariable UUID citizenId) {
        return new History(citizenId, List.of(citizenId), underretninger.about(List.of(citizenId)), flagged.of(citizenId).orElse(null));
    }

    @ReadsFrom("underretning-view")
    @GetMapping("/young-people/{citizenId}/household/underretninger")
    @Operation(summary = "The household's combined history: every young person sharing a guardian with this one")
    History household(@PathVariable UUID citizenId) {
        List<UUID> household = underretninger.household(citizenId);
        AuditSubjects.returned(household, member -> member);
        return new History(citizenId, household, underretninger.about(household), flagged.of(citizenId).orElse(null));
    }

    @ReadsFrom("flagged-view")
    @GetMapping("/flags")
    @Operation(summary = "Young people flagged for a coordinated course, newest first")
    List<FlaggedYoungPeople.Flag> flags() {
        List<FlaggedYoungPeople.Flag> flags = access.visible(flagged.all(), FlaggedYoungPeople.Flag::citizenId);
        AuditSubjects.returned(flags, FlaggedYoungPeople.Flag::citizenId);
        return flags;
    }

    /** @param flag null when the young person is not flagged */
    record History(UUID citizenId, List<UUID> youngPeople, List<UnderretningView> underretninger, FlaggedYoungPeople.@Nullable Flag flag) {
    }
}
