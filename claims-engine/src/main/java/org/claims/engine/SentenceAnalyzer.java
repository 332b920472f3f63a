package org.claims.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claims.engine.attribution.Attribution;
import org.claims.engine.attribution.AttributionFinder;
import org.claims.engine.attribution.SourceMemory;
import org.claims.engine.attribution.Spans;
import org.claims.engine.dates.DateMention;
import org.claims.engine.dates.DateResolver;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.lexicon.Match;
import org.claims.engine.numbers.QuantityScanner;
import org.claims.engine.text.Doc;
import org.claims.engine.text.Span;

/**
 * First pass over an article, in order: figures, cues, places and days of each sentence, and its sources
 * resolved against the sources named before it (so "il" and "le syndicat" refer back correctly).
 */
final class SentenceAnalyzer {
    private static final int DAY_AFTER_VERB = 6;
    private static final int DAY_BEFORE_VERB = 1;
    private static final int DAY_IN_CLAUSE = 14;
    private static final int REPORT_DAY_REACH = 7;
    private static final int DAY_AFTER_SOURCE = 12;
    private static final int REPORT_PARTICIPLE_GAP = 3;
    private final Lexicons lex;
    private final QuantityScanner scanner;
    private final AttributionFinder attributions;
    private final DateResolver dates;
    private final PlaceGuesser guesser;
    private final MeasureLists lists;
    private final Set<String> that;
    private final Set<String> notWhen;
    private final Set<String> periodBound;
    private final Set<String> dateModifier;
    private final Set<String> comparison;
    private static final int COMPARED_REACH = 6;
    /** "between 3 April and 30 June": from the second day back to the bound. */
    private static final int BOUND_REACH = 6;
    private final Set<String> listJoin;
    private final Set<String> articles;

    SentenceAnalyzer(Lexicons lex) {
        this.lex = lex;
        this.that = lex.words.of("that");
        this.notWhen = lex.words.of("notwhen");
        this.periodBound = lex.words.of("periodbound");
        this.dateModifier = lex.words.of("datemodifier");
        this.comparison = lex.words.of("comparison");
        this.listJoin = lex.words.of("listjoin");
        this.articles = lex.words.of("article");
        this.scanner = new QuantityScanner(lex);
        this.attributions = new AttributionFinder(lex);
        this.dates = new DateResolver(lex);
        this.guesser = new PlaceGuesser(lex);
        this.lists = new MeasureLists(lex.words.of("measurejoin"));
    }

    List<SentenceInfo> analyze(Doc doc, List<Span> spans, LocalDate published) {
        SourceMemory memory = attributions.memory(doc);
        LocalDate lastDay = null;
        List<SentenceInfo> out = new ArrayList<>(spans.size());
        for (Span span : spans) {
            int from = doc.tokenAt(span.start());
            int to = doc.tokenAt(span.end());
            List<DateMention> days = dates.find(doc, from, to, published);
            for (DateMention d : days) {
                for (int k = d.first(); k < d.last(); k++) {
                    Match m = lex.dates.at("date", doc.toks, k, d.last(), doc.folded);
                    if (m != null && m.kind().equals("weekday")) {
                        doc.markWeekday(k);
                    }
                }
            }
            List<Attribution> attrs = new ArrayList<>();
            LocalDate dayHere = null;
            List<Attribution> found = attributions.find(doc, from, to, memory);
            for (Attribution a : found) {
                LocalDate d = a.prep() ? null : dayOf(doc, a, days, from);
                if (d != null) {
                    dayHere = d;
                }
            }
            for (Attribution a : found) {
                LocalDate d = a.prep() ? prepDay(doc, a, days, dayHere, from) : dayOf(doc, a, days, from);
                attrs.add(a.withDay(d));
            }
            List<Match> places = lex.places(doc, from, to);
            List<Match> guesses = guesser.find(doc, from, to, places);
            places = withNamedAreas(places, guesses);
            SentenceInfo info = new SentenceInfo(span, from, to, scanner.scan(doc, from, to), attrs,
                    (family, a, b) -> family.equals("measure") ? lists.merge(doc, lex.cues.findAll(family, doc.toks, a, b, doc.folded))
                            : lex.cues.findAll(family, doc.toks, a, b, doc.folded),
                    places, guesses, days, lastDay,
                    quoteBalance(doc, span));
            info.eventDay = eventDay(doc, days);
            out.add(info);
            if (dayHere != null) {
                lastDay = dayHere;
            }
        }
        return out;
    }

    /** Known places with the guessed ones whose words name an administrative area, in text order. */
    private static List<Match> withNamedAreas(List<Match> places, List<Match> guesses) {
        if (guesses.stream().noneMatch(g -> g.entry().extra().equals(PlaceGuesser.NAMED))) {
            return places;
        }
        List<Match> out = new ArrayList<>(places);
        guesses.stream().filter(g -> g.entry().extra().equals(PlaceGuesser.NAMED)).forEach(out::add);
        out.sort(java.util.Comparator.comparingInt(Match::first));
        return out;
    }

    /** The day said next to the speech verb ("a declare mardi", "said on Monday", "Lundi, X a dit"). */
    private LocalDate dayOf(Doc doc, Attribution a, List<DateMention> days, int from) {
        DateMention best = null;
        int bestDist = Integer.MAX_VALUE;
        for (DateMention d : days) {
            if (d.date() == null) {
                continue;
            }
            int dist = Integer.MAX_VALUE;
            boolean inverted = a.spanFirst() >= a.anchorLast();
            if (d.first() >= a.anchorLast() && d.first() - a.anchorLast() <= DAY_AFTER_VERB && !thatBetween(doc, a, d)
                    && !bounding(doc, d)) { // "le rapport indique qu'entre le 3 mars et ...": days of the report's content
                dist = d.first() - a.anchorLast();
            } else if (inverted && d.first() >= a.spanLast() && d.first() - a.spanLast() <= DAY_AFTER_SOURCE
                    && adverbial(doc, d)) {
                dist = DAY_AFTER_VERB; // "said Abdul Wahid Rayan, a spokesman at the ministry, on Sunday"
            } else if (d.last() <= a.anchorFirst() && a.anchorFirst() - d.last() <= DAY_BEFORE_VERB
                    && !(inverted && Spans.boundaryWithin(doc, d.last() - 1, a.anchorFirst()))) { // "... du 8 aout, ont declare X"
                dist = a.anchorFirst() - d.last() + 1;
            } else if (d.first() <= from + 1 && d.last() <= a.anchorFirst() && !bounding(doc, d)) {
                dist = DAY_AFTER_VERB + 1;
            } else if (d.last() <= a.spanFirst() && !Spans.boundaryWithin(doc, from, d.first())
                    && Spans.boundaryWithin(doc, d.last() - 1, a.spanFirst()) && (adverbial(doc, d) || dated(doc, d))) {
                dist = DAY_AFTER_VERB + 1; // "Briefing the media on Friday afternoon, the minister said
            } else if (d.first() >= a.anchorLast() && d.first() - a.anchorLast() <= DAY_IN_CLAUSE
                    && !Spans.boundaryWithin(doc, a.anchorLast() - 1, d.first()) && !thatBetween(doc, a, d)
                    && adverbial(doc, d)) {
                dist = DAY_AFTER_VERB + 2; // "Zelensky put losses at 3,000 on Tuesday": the verb's own clause
            }
            if (dist < bestDist) {
                best = d;
                bestDist = dist;
            }
        }
        return best != null ? best.date() : reportDay(doc, days, from);
    }

    /**
     * "Dans un communique publie mardi, l'armee a indique", "the toll, released late Monday by": a day right after
     * a reporting participle dates the statement when nothing closer to the verb does.
     */
    private LocalDate reportDay(Doc doc, List<DateMention> days, int from) {
        for (DateMention d : days) {
            for (int k = Math.max(from, d.first() - REPORT_PARTICIPLE_GAP); d.date() != null && k < d.first(); k++) {
                if (lex.attribution.at("passive", doc.toks, k, d.first(), doc.folded) != null) {
                    return d.date();
                }
            }
        }
        return null;
    }

    /** "on Tuesday", "mardi", "hier" say when; "the October 7 attack", "depuis lundi" name another day. */
    private boolean adverbial(Doc doc, DateMention d) {
        Match m = lex.dates.at("date", doc.toks, d.first(), d.last(), doc.folded);
        String before = d.first() > 0 ? doc.toks.get(d.first() - 1).text() : "";
        return m != null && (m.kind().equals("weekday") || m.kind().equals("relative"))
                && !notWhen.contains(before);
    }

    /** The one day a sentence names as when things happened: a weekday, a relative day or a full date, none bounding a period. */
    private LocalDate eventDay(Doc doc, List<DateMention> days) {
        LocalDate only = null;
        for (DateMention d : days) {
            if (compared(doc, d) || d.date() != null && bounding(doc, d)) {
                continue; // "350 000 manifestants, contre 250 000 le 5 decembre": the day of the figure compared with;
                // "tuees depuis le debut jeudi des manifestations": the start of a period, not the day of the count
            }
            if (d.date() == null || !(adverbial(doc, d) || dated(doc, d)) || only != null && !only.equals(d.date())) {
                return null;
            }
            only = d.date();
        }
        return only;
    }

    /** A comparison word, then a figure, shortly before the day. */
    private boolean compared(Doc doc, DateMention d) {
        boolean figure = false;
        for (int k = d.first() - 1; k >= 0 && k >= d.first() - COMPARED_REACH; k--) {
            figure |= doc.toks.get(k).isDigits();
            if (figure && comparison.contains(doc.toks.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** "Dans la matinee du 24 mai, le chef ... a indique": a full date leading the sentence dates its verb. */
    private boolean dated(Doc doc, DateMention d) {
        if (d.first() > 0 && dateModifier.contains(doc.toks.get(d.first() - 1).text())) {
            return false; // "the October 7 attack", "la manifestation du 5 decembre": the day names an event
        }
        if (bounding(doc, d)) {
            return false;
        }
        return lex.dates.findAll("date", doc.toks, d.first(), d.last(), doc.folded).stream()
                .anyMatch(m -> m.kind().equals("month"));
    }

    /**
     * "depuis le 5 mai", "between 3 April and 30 June": the day bounds a period, or closes one opened by a bound
     * across nothing but the other day and "and".
     */
    private boolean bounding(Doc doc, DateMention d) {
        int next = d.last() + 1;
        next = next < doc.toks.size() && articles.contains(doc.toks.get(next).text()) ? next + 1 : next;
        if (next < doc.toks.size() && periodBound.contains(doc.toks.get(d.last()).text()) && (doc.toks.get(next).isDigits()
                || lex.dates.at("date", doc.toks, next, next + 1, doc.folded) != null)) {
            return true; // "Du 2 mars au 15 juin, l'OMS a enregistre": the first day of a period
        }
        for (int k = d.first() - 1; k >= 0 && k >= d.first() - BOUND_REACH; k--) {
            String w = doc.toks.get(k).text();
            if (periodBound.contains(w)) {
                return true;
            }
            boolean dateWord = doc.toks.get(k).isDigits() || listJoin.contains(w) || articles.contains(w)
                    || lex.dates.at("date", doc.toks, k, k + 1, doc.folded) != null;
            if (k < d.first() - 2 && !dateWord || doc.punctuationBetween(k, k + 1, ",;:.")) {
                return false;
            }
        }
        return false;
    }

    private boolean thatBetween(Doc doc, Attribution a, DateMention d) {
        for (int k = a.anchorLast(); k < d.first(); k++) {
            if (that.contains(doc.toks.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "selon un bilan communique mardi": a day within the source's words, or just after a reporting participle
     * that follows them, else the sentence's statement day.
     */
    private LocalDate prepDay(Doc doc, Attribution a, List<DateMention> days, LocalDate sentenceDay, int from) {
        int reach = a.spanLast() + 1;
        if (a.spanLast() < doc.toks.size() && lex.attribution.at("passive", doc.toks, a.spanLast(), doc.toks.size(), doc.folded) != null
                || !lex.attribution.findAll("passive", doc.toks, a.spanFirst(), a.spanLast(), doc.folded).isEmpty()) {
            // "selon le bilan du ministere, etabli samedi 1er juillet", "a balance sheet issued by X at 7 pm on Saturday"
            reach = a.spanLast() + REPORT_DAY_REACH;
        }
        for (DateMention d : days) {
            if (d.date() != null && d.first() >= a.spanFirst() && d.first() <= reach
                    && d.first() > a.spanFirst()) {
                return d.date();
            }
        }
        return sentenceDay != null ? sentenceDay : reportDay(doc, days, from);
    }

    /**
     * Quotes opened minus quotes closed in the sentence. A straight quote opens when it follows a space or
     * the start and closes otherwise, so a sentence that only ends a quote begun earlier ("... lieu\", a
     * declare X") closes rather than opens one.
     */
    private static int quoteBalance(Doc doc, Span span) {
        int balance = 0;
        for (int i = span.start(); i < span.end(); i++) {
            char c = doc.body.charAt(i);
            if (c == '\u00ab' || c == '\u201c') {
                balance++;
            } else if (c == '\u00bb' || c == '\u201d') {
                balance--;
            } else if (c == '"') {
                boolean opens = i == span.start() || Character.isWhitespace(doc.body.charAt(i - 1))
                        || "([-\u2014".indexOf(doc.body.charAt(i - 1)) >= 0;
                balance += opens ? 1 : -1;
            }
        }
        return balance;
    }
}
