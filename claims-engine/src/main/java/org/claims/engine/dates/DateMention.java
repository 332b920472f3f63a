package org.claims.engine.dates;

import java.time.LocalDate;

/** A day named in a sentence over tokens [first, last), resolved against the publication day. */
public record DateMention(int first, int last, LocalDate date) {
}
