package dk.sammen.plans;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import dk.sammen.platform.test.BoundariesTest;

/**
 * This service's boundaries (feature packages without cycles, a domain free of frameworks, no
 * other service's code). The cycles plans had through {@code course/} when the rule came are
 * frozen (src/test/resources/frozen-cycles): a new one fails the build, and one broken leaves the
 * store for good — the read side, the course kernel and erasure's command move out of the
 * tangle in issue 17.
 */
class PlansBoundariesTest extends BoundariesTest {

    @Override
    protected ArchRule cycles(ArchRule rule) {
        return FreezingArchRule.freeze(rule);
    }
}
