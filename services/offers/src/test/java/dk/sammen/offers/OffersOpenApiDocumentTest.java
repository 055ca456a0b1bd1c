package dk.sammen.offers;

import dk.sammen.platform.test.OpenApiDocumentTest;

/** This service's OpenAPI document, as front-end teams build on it. */
class OffersOpenApiDocumentTest extends OpenApiDocumentTest {
}
