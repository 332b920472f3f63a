package org.claims.engine.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.lexicon.Match;
import org.claims.engine.text.Doc;

/**
 * Resolves day expressions against the publication day: a weekday is the most recent such day on or before
 * publication ("last"/"dernier" makes it strictly before), "hier"/"yesterday" count back, and a day with a
 * month but no year is the most recent such date on or before publication.
 */
public final class DateResolver {
    private final Lexicons lex;

    public DateResolver(Lexicons lex) {
        this.lex = lex;
    }

    public List<DateMention> find(Doc doc, int from, int to, LocalDate published) {
        List<DateMention> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            DateMention d = at(doc, i, from, to, published);
            if (d != null) {
                out.add(d);
                i = d.last();
            } else {
                i++;
            }
        }
        return out;
    }

    private DateMention at(Doc doc, int i, int from, int to, LocalDate pub) {
        Match m = lex.dates.at("date", doc.toks, i, to, doc.folded);
        Integer day = dayNumber(doc, i, to);
        if (day != null) {
            Match month = lex.dates.at("date", doc.toks, i + 1, to, doc.folded);
            if (month != null && month.kind().equals("month")) {
                return absolute(doc, i, month.last(), day, (int) month.entry().longValue(), to, pub);
            }
            return null;
        }
        if (m == null) {
            return null;
        }
        switch (m.kind()) {
            case "weekday" -> {
                Integer d = dayNumber(doc, m.last(), to);
                Match month = d == null ? null : lex.dates.at("date", doc.toks, m.last() + 1, to, doc.folded);
                if (month != null && month.kind().equals("month")) {
                    return absolute(doc, i, month.last(), d, (int) month.entry().longValue(), to, pub);
                }
                Match after = lex.dates.at("date", doc.toks, m.last(), to, doc.folded);
                boolean strict = (after != null && after.kind().equals("last"))
                        || (i > from && doc.toks.get(i - 1).text().equals("last"));
                int last = after != null && after.kind().equals("last") ? after.last() : m.last();
                if (possessive(doc, m.last(), to)) {
                    return new DateMention(i, last + 1, null); // "Saturday's earthquake": the day of an event, no statement's
                }
                return new DateMention(i, last, weekday(pub, (int) m.entry().longValue(), strict));
            }
            case "relative" -> {
                return new DateMention(i, m.last(), pub == null ? null : pub.plusDays(m.entry().longValue()));
            }
            case "month" -> {
                Integer d = dayNumber(doc, m.last(), to);
                if (d != null && (doc.toks.get(i).text().length() > 3 || doc.capitalized(i))) {
                    return absolute(doc, i, m.last() + 1, d, (int) m.entry().longValue(), to, pub);
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private static Integer dayNumber(Doc doc, int i, int to) {
        if (i >= to) {
            return null;
        }
        String t = doc.toks.get(i).text();
        if (t.equals("1er")) {
            return 1;
        }
        if (!doc.toks.get(i).isDigits() || t.length() > 2) {
            return null;
        }
        int d = Integer.parseInt(t);
        return d >= 1 && d <= 31 ? d : null;
    }

    private static DateMention absolute(Doc doc, int first, int last, int day, int month, int to, LocalDate pub) {
        Integer year = null;
        if (last < to && doc.toks.get(last).isDigits() && doc.toks.get(last).text().length() == 4) {
            year = Integer.parseInt(doc.toks.get(last).text());
            last++;
        }
        try {
            if (year != null) {
                return new DateMention(first, last, LocalDate.of(year, month, day));
            }
            if (pub == null) {
                return new DateMention(first, last, null);
            }
            LocalDate d = LocalDate.of(pub.getYear(), month, day);
            return new DateMention(first, last, d.isAfter(pub) ? d.minusYears(1) : d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean possessive(Doc doc, int k, int to) {
        return k < to && doc.toks.get(k).text().equals("s") && (doc.gapIs(k - 1, k, '\'') || doc.gapIs(k - 1, k, '\u2019'));
    }

    static LocalDate weekday(LocalDate pub, int dow, boolean strict) {
        if (pub == null) {
            return null;
        }
        int back = (pub.getDayOfWeek().getValue() - dow + 7) % 7;
        if (back == 0 && strict) {
            back = 7;
        }
        return pub.minusDays(back);
    }
}
