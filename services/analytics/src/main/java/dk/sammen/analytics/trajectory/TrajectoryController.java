package dk.sammen.analytics.trajectory;

import dk.sammen.analytics.access.CentreScopes;
import dk.sammen.analytics.access.ForCentre;
import dk.sammen.events.Centre;
import dk.sammen.platform.audit.NotPersonalData;
import dk.sammen.platform.web.UnknownIdException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.UUID;

@RestController
@Tag(name = "Trajectories", description = "Monthly state sequences, transitions between states and time to education or a job, by cohort; "
        + "counts from 1 to 4 are suppressed")
class TrajectoryController {

    private final Trajectories trajectories;
    private final CentreScopes scopes;

    TrajectoryController(Trajectories trajectories, CentreScopes scopes) {
        this.trajectories = trajectories;
        this.scopes = scopes;
    }

    @NotPersonalData
    @GetMapping("/trajectories/survival")
    @Operation(summary = "Time from course start to education or a job (Kaplan-Meier, months; moving away and ongoing courses censored)")
    Trajectories.Survival survival(@RequestParam(defaultValue = "ALL") Cohort by, @AsOf @RequestParam(required = false) LocalDate asOf,
                                   @ForCentre @RequestParam(required = false) Centre centre) {
        return trajectories.survival(by, day(asOf), scopes.of(centre));
    }

    @NotPersonalData
    @GetMapping("/trajectories/transitions")
    @Operation(summary = "Month-to-month transitions between trajectory states, counts and row shares")
    Trajectories.Transitions transitions(@RequestParam(defaultValue = "ALL") Cohort by, @AsOf @RequestParam(required = false) LocalDate asOf,
                                         @ForCentre @RequestParam(required = false) Centre centre) {
        return trajectories.transitions(by, day(asOf), scopes.of(centre));
    }

    @GetMapping("/trajectories/{citizenId}")
    @Operation(summary = "One young person's monthly state sequence from the start of their first course, with the offers running")
    Trajectories.Sequence sequence(@PathVariable UUID citizenId, @AsOf @RequestParam(required = false) LocalDate asOf) {
        return trajectories.sequenceOf(citizenId, day(asOf)).orElseThrow(() -> new UnknownIdException("citizenId", citizenId));
    }

    private static LocalDate day(LocalDate asOf) {
        return asOf == null ? dk.sammen.platform.domain.Denmark.today() : asOf;
    }

    @Parameter(description = "The day to look from; today when left out", example = "2024-12-31")
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.PARAMETER)
    @interface AsOf {
    }
}
