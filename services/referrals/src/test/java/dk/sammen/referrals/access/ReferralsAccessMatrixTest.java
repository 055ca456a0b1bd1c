package dk.sammen.referrals.access;

import dk.sammen.platform.test.AccessMatrixTest;

/** The access matrix of this service's README, held against its OpenAPI document and its answers. */
class ReferralsAccessMatrixTest extends AccessMatrixTest {
}
