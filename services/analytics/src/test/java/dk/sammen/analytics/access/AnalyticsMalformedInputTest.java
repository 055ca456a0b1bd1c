package dk.sammen.analytics.access;

import dk.sammen.platform.test.MalformedInputTest;

class AnalyticsMalformedInputTest extends MalformedInputTest {
}
