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
        LocalDate plain = plainDay(v);
        if (plain != null) {
            return plain;
        }
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

    /** "2024-10-29" read without a formatter (the common case, asked for every article extracted); else null. */
    private static LocalDate plainDay(String v) {
        if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
            return null;
        }
        int y = digits(v, 0, 4);
        int m = digits(v, 5, 7);
        int d = digits(v, 8, 10);
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > java.time.YearMonth.of(y, m).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(y, m, d);
    }

    private static int digits(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
