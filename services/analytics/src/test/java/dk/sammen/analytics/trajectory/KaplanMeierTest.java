package dk.sammen.analytics.trajectory;

import dk.sammen.analytics.trajectory.KaplanMeier.Observation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KaplanMeierTest {

    /**
     * Twenty young people, counts large enough to show month by month: 5E at 0, 5E at 1, 5C at 2,
     * 5E at 3. By hand, S(t) = product of (1 - d/n): t0: n20 d5 -> .75; t1: n15 d5 -> .5 (the
     * median); t2: n10 c5 -> .5; t3: n5 d5 -> 0.
     */
    @Test
    void theCurveIsTheHandComputedProductLimit() {
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            observations.addAll(List.of(new Observation(0, true), new Observation(1, true), new Observation(2, false),
                    new Observation(3, true)));
        }

        KaplanMeier.Curve curve = KaplanMeier.estimate(observations);

        assertThat(curve.points()).extracting(KaplanMeier.Point::month).containsExactly(0, 1, 2, 3);
        assertThat(curve.points()).extracting(KaplanMeier.Point::fromMonth).containsExactly(0, 1, 2, 3);
        assertThat(curve.points()).extracting(KaplanMeier.Point::stillWaiting).usingComparatorForType(
                        (a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b), Double.class)
                .containsExactly(0.75, 0.5, 0.5, 0.0);
        assertThat(curve.points()).extracting(point -> point.atRisk().count()).containsExactly(20L, 15L, 10L, 5L);
        assertThat(curve.median()).isEqualTo(1);
        assertThat(curve.subjects().count()).isEqualTo(20);
    }

    /**
     * Twelve young people: 0E 1E 1E 2C 3E 3E 3C 5E 6C 8E 9C 9C. Month by month the curve would
     * show counts of 1 to 4, and a suppressed one would come back as the step of the estimate
     * (month 0: n12, S 11/12 gives d = 1). Pooled, the months 0 to 9 make one step: n12, 7
     * events, 5 censored, S = 5/12.
     */
    @Test
    void monthsWithSmallCountsArePooledUntilTheirCountsCanBeShown() {
        List<Observation> observations = List.of(new Observation(0, true), new Observation(1, true), new Observation(1, true),
                new Observation(2, false), new Observation(3, true), new Observation(3, true), new Observation(3, false),
                new Observation(5, true), new Observation(6, false), new Observation(8, true), new Observation(9, false),
                new Observation(9, false));

        KaplanMeier.Curve curve = KaplanMeier.estimate(observations);

        assertThat(curve.points()).hasSize(1);
        KaplanMeier.Point step = curve.points().getFirst();
        assertThat(List.of(step.fromMonth(), step.month())).containsExactly(0, 9);
        assertThat(List.of(step.atRisk().count(), step.events().count(), step.censored().count())).containsExactly(12L, 7L, 5L);
        assertThat(step.stillWaiting()).isCloseTo(5 / 12.0, within(1e-9));
        assertThat(curve.median()).isEqualTo(9);
    }

    /**
     * The attack the pooling stops: from a released curve, work out every count that is not
     * shown. Nothing on it is suppressed, the at-risk counts step down by exactly the events and
     * censorings shown, and each step of the estimate is 1 - d/n of shown counts: no hidden count
     * is left to recover.
     */
    @Test
    void noCountOnTheCurveIsSuppressedOrCanBeWorkedOutFromTheRest() {
        List<Observation> observations = new ArrayList<>();
        observations.add(new Observation(0, true));
        for (int i = 0; i < 4; i++) {
            observations.add(new Observation(1, true));
        }
        for (int i = 0; i < 3; i++) {
            observations.add(new Observation(2, false));
            observations.add(new Observation(3, false));
        }
        for (int i = 0; i < 6; i++) {
            observations.add(new Observation(4, true));
        }
        observations.add(new Observation(6, true));

        KaplanMeier.Curve curve = KaplanMeier.estimate(observations);

        assertThat(curve.points()).isNotEmpty().allSatisfy(point -> {
            assertThat(point.atRisk().suppressed()).isFalse();
            assertThat(point.events().suppressed()).isFalse();
            assertThat(point.censored().suppressed()).isFalse();
        });
        double survival = 1.0;
        for (int i = 0; i < curve.points().size(); i++) {
            KaplanMeier.Point point = curve.points().get(i);
            survival *= 1.0 - (double) point.events().count() / point.atRisk().count();
            assertThat(point.stillWaiting()).as("the step from shown counts alone").isCloseTo(survival, within(1e-9));
            if (i + 1 < curve.points().size()) {
                assertThat(curve.points().get(i + 1).atRisk().count())
                        .isEqualTo(point.atRisk().count() - point.events().count() - point.censored().count());
                assertThat(curve.points().get(i + 1).fromMonth()).isEqualTo(point.month() + 1);
            }
        }
        assertThat(curve.points()).extracting(KaplanMeier.Point::month).containsExactly(1, 3, 4);
    }

    @Test
    void aGroupOfFewerThanFiveReleasesNothing() {
        KaplanMeier.Curve curve = KaplanMeier.estimate(List.of(new Observation(1, true), new Observation(2, true)));
        assertThat(curve.points()).isEmpty();
        assertThat(curve.subjects().suppressed()).isTrue();
    }
}
