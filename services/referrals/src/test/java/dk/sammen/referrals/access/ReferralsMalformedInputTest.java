package dk.sammen.referrals.access;

import dk.sammen.platform.test.MalformedInputTest;

class ReferralsMalformedInputTest extends MalformedInputTest {
}
