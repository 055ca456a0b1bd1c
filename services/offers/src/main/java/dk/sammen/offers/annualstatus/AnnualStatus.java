package dk.sammen.offers.annualstatus;

import dk.sammen.events.plans.ProgressionDimension;

import java.util.Map;
import java.util.UUID;

/**
 * One offer's line in the annual status (every May, seed 000): how many courses used it in the
 * year, for how long on average, what that cost, and the progression that followed.
 *
 * @param averageDays      days of use within the year, on average per course
 * @param cost             whole DKK: the price per month times the months of use within the year
 * @param progression      per dimension, the average change from the first to the last
 *                         measurement during the use, as a share of the scale (-1 to 1)
 */
public record AnnualStatus(UUID offerId, String name, String centre, int courses, double averageDays, long cost,
                           Map<ProgressionDimension, Double> progression) {
}
