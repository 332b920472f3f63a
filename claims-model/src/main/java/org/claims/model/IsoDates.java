package org.claims.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads the contract's "ISO date or date-time" into the day it names. */
public final class IsoDates {
    private IsoDates() {
    }

    public static LocalDate parseDay(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.length() <= 10) {
                return LocalDate.parse(v);
            }
            if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(v).toLocalDate();
            }
            return LocalDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static boolean isValid(String value) {
        return value == null || value.isBlank() || parseDay(value) != null;
    }
}
