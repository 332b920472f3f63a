package org.claims.query.domain;

import org.claims.common.ProblemException;

/** Validates bounded integer parameters (limits, windows) into a 400 naming the parameter. */
public final class Limits {
    private Limits() {
    }

    public static int within(String name, Integer value, int defaultValue, int min, int max) {
        int v = value == null ? defaultValue : value;
        if (v < min || v > max) {
            throw ProblemException.badRequest(name, "Parameter '" + name + "' must be between " + min + " and " + max);
        }
        return v;
    }
}
