package org.claims.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The contract's closed set of what a figure counts. */
public enum Measure {
    PRESENT, EXPECTED, KILLED, WOUNDED, CASUALTIES, CAPTURED, MISSING, DISPLACED, ARRESTED, OTHER;

    /** Made once: the engine asks for it for every cue it weighs. */
    private final String wire = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static Measure fromWire(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    /** Null when the value is not one of the set, for validating query parameters. */
    public static Measure parseOrNull(String value) {
        try {
            return value == null ? null : fromWire(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
