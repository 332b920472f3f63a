package org.claims.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiKeysTest {
    private final ApiKeys keys = ApiKeys.parse(" first-key , second-key,, ");

    @Test
    void anyConfiguredKeyIsAcceptedAsABearerToken() {
        assertTrue(keys.acceptsAuthorization("Bearer first-key"));
        assertTrue(keys.acceptsAuthorization("bearer second-key"));
    }

    @Test
    void prefixesExtensionsAndOtherSchemesAreRefused() {
        assertFalse(keys.acceptsAuthorization("Bearer first"));
        assertFalse(keys.acceptsAuthorization("Bearer first-key-and-more"));
        assertFalse(keys.acceptsAuthorization("Basic first-key"));
        assertFalse(keys.acceptsAuthorization("first-key"));
        assertFalse(keys.acceptsAuthorization(null));
    }

    @Test
    void anEmptyListAcceptsNothing() {
        ApiKeys none = ApiKeys.parse(" , ");
        assertTrue(none.isEmpty());
        assertFalse(none.acceptsAuthorization("Bearer "));
    }
}
