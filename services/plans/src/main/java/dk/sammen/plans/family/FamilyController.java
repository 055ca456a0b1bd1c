package dk.sammen.plans.family;

import dk.sammen.plans.citizen.CitizenDirectory;
import dk.sammen.plans.oneplan.OnePlan;
import dk.sammen.plans.oneplan.OnePlanProjection;
import dk.sammen.platform.audit.AuditSubjects;
import dk.sammen.platform.consistency.ReadsFrom;
import dk.sammen.platform.web.UnknownIdException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;
import java.util.UUID;

@RestController
@Tag(name = "Family", description = "A family's courses seen together (the Maja case)")
class FamilyController {

    private final CitizenDirectory citizens;
    private final OnePlanProjection plans;

    FamilyController(CitizenDirectory citizens, OnePlanProjection plans) {
        this.citizens = citizens;
        this.plans = plans;
    }

    @ReadsFrom("one-plan")
    @GetMapping("/citizens/{citizenId}/family")
    @Operation(summary = "Everyone related to the citizen (through any chain of relations) and all their courses")
    FamilyView family(@PathVariable UUID citizenId) {
        if (citizens.facts(citizenId).isEmpty()) {
            throw new UnknownIdException("citizenId", citizenId);
        }
        Set<UUID> members = citizens.family(citizenId);
        List<OnePlan> courses = plans.ofCitizens(members);
        AuditSubjects.returned(members, member -> member);
        return FamilyView.of(citizenId, members, courses);
    }
}
