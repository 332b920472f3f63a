package org.claims.query.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.claims.common.ProblemException;
import org.claims.model.Measure;

/** The contract's filters on claims, validated: a wrong value is a 400 naming the parameter. */
public record ClaimFilter(Measure measure, String source, String location, String subject, String articleId,
                          LocalDate from, LocalDate to, String q) {
    private static final int MAX_TEXT = 200;

    public static ClaimFilter of(String measure, String source, String location, String subject, String articleId,
                                 String from, String to, String q) {
        Measure m = null;
        if (measure != null && !measure.isBlank()) {
            m = Measure.parseOrNull(measure);
            if (m == null) {
                throw ProblemException.badRequest("measure", "Parameter 'measure' must be one of present, expected, "
                        + "killed, wounded, casualties, captured, missing, displaced, arrested, other");
            }
        }
        LocalDate f = date("from", from);
        LocalDate t = date("to", to);
        if (f != null && t != null && f.isAfter(t)) {
            throw ProblemException.badRequest("from", "Parameter 'from' is after 'to'");
        }
        return new ClaimFilter(m, text("source", source), text("location", location), text("subject", subject),
                text("articleId", articleId), f, t, text("q", q));
    }

    /** True when nothing but the measure narrows the claims: the maintained aggregates answer such reads. */
    public boolean onlyMeasure() {
        return source == null && location == null && subject == null && articleId == null && from == null && to == null
                && q == null;
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.trim());
            // ISO allows years like +999999999, beyond what PostgreSQL's date can hold
            if (day.getYear() >= 1 && day.getYear() <= 9999) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw ProblemException.badRequest(name, "Parameter '" + name + "' must be an ISO date like 2024-11-13");
    }

    private static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw ProblemException.badRequest(name, "Parameter '" + name + "' is longer than " + MAX_TEXT + " characters");
        }
        return value.trim();
    }
}
