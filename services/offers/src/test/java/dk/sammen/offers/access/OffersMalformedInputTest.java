package dk.sammen.offers.access;

import dk.sammen.platform.test.MalformedInputTest;

class OffersMalformedInputTest extends MalformedInputTest {
}
