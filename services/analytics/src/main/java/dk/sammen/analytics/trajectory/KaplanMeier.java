package dk.sammen.analytics.trajectory;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.sammen.analytics.disclosure.Cell;

import java.util.ArrayList;
import java.util.List;

/**
 * The Kaplan-Meier (product-limit) estimate of the share still waiting, by whole months since
 * the start: S(t) = product over months u <= t of (1 - d_u / n_u), where n_u are those still
 * waiting and observed at the start of month u, and d_u those who reached the event in it. Those
 * censored in a month count as at risk in it (the usual convention: censoring after events).
 *
 * <p>Written out here: no maintained JVM statistics library (Commons Math, Hipparchus) has
 * survival analysis, and the estimator is a dozen lines; the tests check it against a
 * hand-computed case.
 */
public final class KaplanMeier {

    private KaplanMeier() {
    }

    /** @param months months from the start to the event or to censoring; event says which */
    public record Observation(int months, boolean event) {
    }

    /**
     * One month of the curve.
     *
     * @param stillWaiting the estimated share who have not yet reached the event by the end of the month
     */
    public record Point(int month, Cell atRisk, Cell events, Cell censored, double stillWaiting) {
    }

    /** @param median the first month by whose end half have reached the event; null if not reached on the released curve */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Curve(Cell subjects, List<Point> points, Integer median) {
    }

    /**
     * The curve, released only for the months where at least {@link Cell#SMALLEST_SHOWN} are at
     * risk: beyond that, each step would describe one or a few young people.
     */
    public static Curve estimate(List<Observation> observations) {
        int last = observations.stream().mapToInt(Observation::months).max().orElse(-1);
        List<Point> points = new ArrayList<>();
        double survival = 1.0;
        Integer median = null;
        for (int month = 0; month <= last; month++) {
            final int m = month;
            long atRisk = observations.stream().filter(o -> o.months() >= m).count();
            if (atRisk < Cell.SMALLEST_SHOWN) {
                break;
            }
            long events = observations.stream().filter(o -> o.months() == m && o.event()).count();
            long censored = observations.stream().filter(o -> o.months() == m && !o.event()).count();
            survival *= 1.0 - (double) events / atRisk;
            if (median == null && survival <= 0.5) {
                median = month;
            }
            points.add(new Point(month, Cell.of(atRisk), Cell.of(events), Cell.of(censored), survival));
        }
        return new Curve(Cell.of(observations.size()), points, median);
    }
}
