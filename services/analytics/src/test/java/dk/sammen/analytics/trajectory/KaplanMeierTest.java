package dk.sammen.analytics.trajectory;

import dk.sammen.analytics.disclosure.Cell;
import dk.sammen.analytics.trajectory.KaplanMeier.Observation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KaplanMeierTest {

    /**
     * Twelve young people; months to education or a job (E) or to censoring (C):
     * 0E 1E 1E 2C 3E 3E 3C 5E 6C 8E 9C 9C. By hand, S(t) = product of (1 - d/n):
     * t0: n12 d1 -> 11/12 = .9167; t1: n11 d2 -> .9167 * 9/11 = .75; t2: n9 d0 c1 -> .75;
     * t3: n8 d2 c1 -> .75 * 6/8 = .5625; t4: n5 d0 -> .5625; t5: n5 d1 -> .5625 * 4/5 = .45 (the median);
     * t6: n4, fewer than five at risk: the curve is not released further.
     */
    @Test
    void theCurveIsTheHandComputedProductLimit() {
        List<Observation> observations = List.of(new Observation(0, true), new Observation(1, true), new Observation(1, true),
                new Observation(2, false), new Observation(3, true), new Observation(3, true), new Observation(3, false),
                new Observation(5, true), new Observation(6, false), new Observation(8, true), new Observation(9, false),
                new Observation(9, false));

        KaplanMeier.Curve curve = KaplanMeier.estimate(observations);

        assertThat(curve.points()).extracting(KaplanMeier.Point::month).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(curve.points()).extracting(KaplanMeier.Point::stillWaiting).usingComparatorForType(
                        (a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b), Double.class)
                .containsExactly(11 / 12.0, 0.75, 0.75, 0.5625, 0.5625, 0.45);
        assertThat(curve.points().get(0).atRisk()).isEqualTo(Cell.of(12));
        assertThat(curve.points().get(3).atRisk().count()).isEqualTo(8);
        assertThat(curve.median()).isEqualTo(5);
        assertThat(curve.subjects().count()).isEqualTo(12);
    }

    @Test
    void smallCountsInTheCurveAreSuppressed() {
        KaplanMeier.Curve curve = KaplanMeier.estimate(List.of(new Observation(0, true), new Observation(2, false),
                new Observation(4, false), new Observation(4, true), new Observation(7, false), new Observation(7, false)));

        KaplanMeier.Point first = curve.points().get(0);
        assertThat(first.atRisk().count()).isEqualTo(6);
        assertThat(first.events()).isEqualTo(new Cell(null, true));
        assertThat(first.stillWaiting()).isCloseTo(5 / 6.0, within(1e-9));
        assertThat(first.censored()).isEqualTo(new Cell(0L, false));
        // Month 3 has four at risk: the curve stops before it.
        assertThat(curve.points()).extracting(KaplanMeier.Point::month).containsExactly(0, 1, 2);
        assertThat(curve.median()).isNull();
    }

    @Test
    void aGroupOfFewerThanFiveReleasesNothing() {
        KaplanMeier.Curve curve = KaplanMeier.estimate(List.of(new Observation(1, true), new Observation(2, true)));
        assertThat(curve.points()).isEmpty();
        assertThat(curve.subjects().suppressed()).isTrue();
    }
}
