package dk.sammen.referrals;

import dk.sammen.platform.test.OpenApiDocumentTest;

/** This service's OpenAPI document, as front-end teams build on it. */
class ReferralsOpenApiDocumentTest extends OpenApiDocumentTest {
}
