package dk.sammen.analytics.followup;

import dk.sammen.platform.audit.NotPersonalData;
import dk.sammen.platform.domain.Denmark;
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

    private final FollowUpIndicators indicators;

    IndicatorController(FollowUpIndicators indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/indicators")
    @Operation(summary = "The 2030 targets, response times, meeting cadence and agreements fulfilled, as of a day")
    FollowUpIndicators.Indicators indicators(@Parameter(description = "The day to look from; today when left out", example = "2024-12-31")
                                             @RequestParam(required = false) LocalDate asOf) {
        return indicators.on(asOf == null ? Denmark.today() : asOf);
    }

    @GetMapping("/indicators/progression")
    @Operation(summary = "Progression per dimension per quarter: mean score on a 0-1 scale")
    List<FollowUpIndicators.ProgressionQuarter> progression(@Parameter(example = "2023-01-01") @RequestParam LocalDate from,
                                                            @Parameter(example = "2024-12-31") @RequestParam LocalDate to) {
        return indicators.progression(from, to);
    }

    @GetMapping("/indicators/offers")
    @Operation(summary = "The annual status of each offer: courses that started it, and how well-being moved while it ran")
    List<FollowUpIndicators.OfferStatus> offers(@Parameter(example = "2024") @RequestParam int year) {
        return indicators.offers(year);
    }

    @GetMapping("/indicators/costs")
    @Operation(summary = "Yearly cost of trial actions' solutions against what they replaced, by year of evaluation")
    List<FollowUpIndicators.CostYear> costs() {
        return indicators.costs();
    }
}
