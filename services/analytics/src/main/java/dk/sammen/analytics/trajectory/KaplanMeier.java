package dk.sammen.analytics.trajectory;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.sammen.analytics.disclosure.Cell;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * The Kaplan-Meier (product-limit) estimate of the share still waiting, by whole months since
 * the start: S(t) = product over steps u <= t of (1 - d_u / n_u), where n_u are those still
 * waiting and observed at the start of step u, and d_u those who reached the event in it. Those
 * censored in a step count as at risk in it (the usual convention: censoring after events).
 *
 * <p>A step is a month, or several pooled: a month whose events or censorings number from 1 to 4
 * is pooled with the next until both counts are 0 or at least {@link Cell#SMALLEST_SHOWN}. So no
 * count on the curve is suppressed, and none can be worked out from the rest: at risk minus events
 * minus censored is the next step's at risk, and each step of the estimate is 1 - d/n of counts
 * shown. (Suppressing the small counts instead would not do: the step of the estimate and the
 * difference of the at-risk counts give them back.)
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
     * One step of the curve: the months from {@code fromMonth} to {@code month}, pooled when a
     * month alone would show a count from 1 to 4.
     *
     * @param atRisk       those still waiting and observed at the start of the step
     * @param stillWaiting the estimated share who have not yet reached the event by the end of the step
     */
    public record Point(int fromMonth, int month, Cell atRisk, Cell events, Cell censored, double stillWaiting) {
    }

    /** @param median the first month by whose end half have reached the event; null if not reached on the released curve */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Curve(Cell subjects, List<Point> points, @Nullable Integer median) {
    }

    /**
     * The curve, released only while at least {@link Cell#SMALLEST_SHOWN} are at risk at the start
     * of a step (beyond that, each step would describe one or a few young people), and only as
     * far as the months left make a step whose counts can be shown.
     */
    public static Curve estimate(List<Observation> observations) {
        int last = observations.stream().mapToInt(Observation::months).max().orElse(-1);
        List<Point> points = new ArrayList<>();
        double survival = 1.0;
        Integer median = null;
        int from = 0;
        while (from <= last) {
            final int start = from;
            long atRisk = observations.stream().filter(o -> o.months() >= start).count();
            if (atRisk < Cell.SMALLEST_SHOWN) {
                break;
            }
            long events = 0;
            long censored = 0;
            int month = from - 1;
            while (month < last && !(shown(events) && shown(censored) && month >= from)) {
                final int m = ++month;
                events += observations.stream().filter(o -> o.months() == m && o.event()).count();
                censored += observations.stream().filter(o -> o.months() == m && !o.event()).count();
            }
            if (!shown(events) || !shown(censored)) {
                break;
            }
            survival *= 1.0 - (double) events / atRisk;
            if (median == null && survival <= 0.5) {
                median = month;
            }
            points.add(new Point(from, month, Cell.of(atRisk), Cell.of(events), Cell.of(censored), survival));
            from = month + 1;
        }
        return new Curve(Cell.of(observations.size()), points, median);
    }

    private static boolean shown(long count) {
        return !Cell.of(count).suppressed();
    }
}
