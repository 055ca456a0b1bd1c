package dk.sammen.plans;

import dk.sammen.platform.test.BoundariesTest;

/** This service's boundaries (feature packages without cycles, a domain free of frameworks, no other service's code). */
class PlansBoundariesTest extends BoundariesTest {
}
