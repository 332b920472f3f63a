package org.claims.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The contract's closed set of how a figure is qualified. */
public enum Qualifier {
    EXACT, APPROXIMATELY, AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, RANGE, VAGUE;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Qualifier fromWire(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
