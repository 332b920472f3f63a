package org.claims.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The contract's closed set of how a figure is qualified. */
public enum Qualifier {
    EXACT, APPROXIMATELY, AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, RANGE, VAGUE;

    /** Made once: the engine asks for it for every cue it weighs. */
    private final String wire = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static Qualifier fromWire(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
