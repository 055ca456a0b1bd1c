package dk.sammen.analytics.followup;

import dk.sammen.analytics.access.CentreScopes;
import dk.sammen.analytics.access.ForCentre;
import dk.sammen.events.Centre;
import dk.sammen.platform.audit.NotPersonalData;
import dk.sammen.platform.domain.Denmark;
import dk.sammen.platform.web.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@NotPersonalData
@Tag(name = "Follow-up indicators", description = "The 2030 targets, response times, meeting cadence, agreements, progression, "
        + "offers and costs; counts from 1 to 4 are suppressed")
class IndicatorController {

    /** An earlier year is a typing error rather than a baseline: the registers' reports reach no further back. */
    private static final int FIRST_BASELINE_YEAR = 2000;

    private final FollowUpIndicators indicators;
    private final CentreScopes scopes;

    IndicatorController(FollowUpIndicators indicators, CentreScopes scopes) {
        this.indicators = indicators;
        this.scopes = scopes;
    }

    @GetMapping("/indicators")
    @Operation(summary = "The 2030 targets, response times, meeting cadence and agreements fulfilled, as of a day")
    FollowUpIndicators.Indicators indicators(@Parameter(description = "The day to look from; today when left out", example = "2024-12-31")
                                             @RequestParam(required = false) LocalDate asOf,
                                             @ForCentre @RequestParam(required = false) Centre centre,
                                             @Parameter(description = "The year whose end \"halved\" is measured from; the configured "
                                                     + "sammen.analytics.targets.baseline-year when left out", example = "2023")
                                             @RequestParam(required = false) Integer baselineYear) {
        LocalDate day = asOf == null ? Denmark.today() : asOf;
        if (baselineYear != null && (baselineYear < FIRST_BASELINE_YEAR || baselineYear >= day.getYear())) {
            throw new InvalidInputException("baselineYear", "The baseline year is a year from " + FIRST_BASELINE_YEAR
                    + " that ended before the day asked about (" + day + ")");
        }
        return indicators.on(day, scopes.of(centre), baselineYear);
    }

    @GetMapping("/indicators/progression")
    @Operation(summary = "Progression per dimension per quarter: mean score on a 0-1 scale")
    List<FollowUpIndicators.ProgressionQuarter> progression(@Parameter(example = "2023-01-01") @RequestParam LocalDate from,
                                                            @Parameter(example = "2024-12-31") @RequestParam LocalDate to,
                                                            @ForCentre @RequestParam(required = false) Centre centre) {
        return indicators.progression(from, to, scopes.of(centre));
    }

    @GetMapping("/indicators/offers")
    @Operation(summary = "The annual status of each offer (of one centre: the offers it owns): courses that started it, and how "
            + "well-being moved while it ran")
    List<FollowUpIndicators.OfferStatus> offers(@Parameter(example = "2024") @RequestParam int year,
                                                @ForCentre @RequestParam(required = false) Centre centre) {
        return indicators.offers(year, scopes.of(centre));
    }

    @GetMapping("/indicators/costs")
    @Operation(summary = "Yearly cost of trial actions' solutions against what they replaced, by year of evaluation")
    List<FollowUpIndicators.CostYear> costs(@ForCentre @RequestParam(required = false) Centre centre) {
        return indicators.costs(scopes.of(centre));
    }
}
