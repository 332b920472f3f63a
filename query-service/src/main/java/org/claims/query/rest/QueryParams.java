package org.claims.query.rest;

import org.claims.common.ProblemException;

/** Parses numeric query parameters ourselves so "size=abc" is a 400 naming the parameter, not a 404. */
final class QueryParams {
    private QueryParams() {
    }

    static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "Parameter '" + name + "' must be a whole number");
        }
    }
}
