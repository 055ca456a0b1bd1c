package dk.sammen.offers.annualstatus;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.sammen.events.plans.ProgressionDimension;
import org.jspecify.annotations.Nullable;

import java.util.Map;
import java.util.UUID;

/**
 * One offer's line in the annual status (every May, seed 000): how many courses used it in the
 * year, for how long on average, what that cost, and the progression that followed. Like every
 * aggregate Sammen shows, it points at no one: an offer used by 1 to 4 courses shows only that it
 * was used ({@code suppressed}, no count, days, cost or progression, which would each describe
 * those few), and a dimension's progression is shown only when at least five courses were
 * measured in it.
 *
 * @param courses          how many courses used it; null when suppressed
 * @param averageDays      days of use within the year, on average per course (a course that used it twice counts once); null when suppressed
 * @param cost             whole DKK: for each use, the price per month of the revision the course started with times the months
 *                         of use within the year; null when suppressed
 * @param progression      per dimension, the average change from the first to the last
 *                         measurement during the use, as a share of the scale (-1 to 1)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AnnualStatus(UUID offerId, String name, String centre, @Nullable Integer courses, boolean suppressed, @Nullable Double averageDays,
                           @Nullable Long cost,
                           Map<ProgressionDimension, Double> progression) {

    /** Below this many courses, a line or a dimension's progression would describe a few young people. */
    static final int SMALLEST_SHOWN = 5;
}
