package dk.sammen.analytics;

import dk.sammen.platform.test.OpenApiDocumentTest;

/** This service's OpenAPI document, as front-end teams build on it. */
class AnalyticsOpenApiDocumentTest extends OpenApiDocumentTest {

    /** Analytics reads the log and changes nothing a version is kept of (a rebuild is asked for, not made against a version). */
    @Override
    protected boolean hasChangesMadeAgainstAVersion() {
        return false;
    }
}
