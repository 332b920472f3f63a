package org.claims.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claims.engine.attribution.Attribution;
import org.claims.engine.attribution.AttributionFinder;
import org.claims.engine.attribution.SourceMemory;
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
    private final Lexicons lex;
    private final QuantityScanner scanner;
    private final AttributionFinder attributions;
    private final DateResolver dates;

    SentenceAnalyzer(Lexicons lex) {
        this.lex = lex;
        this.scanner = new QuantityScanner(lex);
        this.attributions = new AttributionFinder(lex);
        this.dates = new DateResolver(lex);
    }

    List<SentenceInfo> analyze(Doc doc, List<Span> spans, LocalDate published) {
        SourceMemory memory = new SourceMemory();
        LocalDate lastDay = null;
        List<SentenceInfo> out = new ArrayList<>(spans.size());
        for (Span span : spans) {
            int from = doc.tokenAt(span.start());
            int to = doc.tokenAt(span.end());
            List<DateMention> days = dates.find(doc, from, to, published);
            List<Attribution> attrs = new ArrayList<>();
            LocalDate dayHere = null;
            List<Attribution> found = attributions.find(doc, from, to, memory);
            for (Attribution a : found) {
                LocalDate d = a.prep() ? null : dayOf(a, days, from);
                if (d != null) {
                    dayHere = d;
                }
            }
            for (Attribution a : found) {
                LocalDate d = a.prep() ? prepDay(a, days, dayHere) : dayOf(a, days, from);
                attrs.add(a.withDay(d));
            }
            out.add(new SentenceInfo(span, from, to, scanner.scan(doc, from, to), attrs,
                    lex.cues.findAll("measure", doc.toks, from, to, doc.folded),
                    lex.cues.findAll("future", doc.toks, from, to, doc.folded),
                    !lex.cues.findAll("hedge", doc.toks, from, to, doc.folded).isEmpty(),
                    lex.gazetteer.findAll("place", doc.toks, from, to, doc.folded), days, lastDay,
                    oddQuotes(doc, span)));
            if (dayHere != null) {
                lastDay = dayHere;
            }
        }
        return out;
    }

    /** The day said next to the speech verb ("a declare mardi", "said on Monday", "Lundi, X a dit"). */
    private static LocalDate dayOf(Attribution a, List<DateMention> days, int from) {
        DateMention best = null;
        int bestDist = Integer.MAX_VALUE;
        for (DateMention d : days) {
            if (d.date() == null) {
                continue;
            }
            int dist = Integer.MAX_VALUE;
            if (d.first() >= a.anchorLast() && d.first() - a.anchorLast() <= DAY_AFTER_VERB) {
                dist = d.first() - a.anchorLast();
            } else if (d.last() <= a.anchorFirst() && a.anchorFirst() - d.last() <= DAY_BEFORE_VERB) {
                dist = a.anchorFirst() - d.last() + 1;
            } else if (d.first() <= from + 1 && d.last() <= a.anchorFirst()) {
                dist = DAY_AFTER_VERB + 1;
            }
            if (dist < bestDist) {
                best = d;
                bestDist = dist;
            }
        }
        return best == null ? null : best.date();
    }

    /** "selon un bilan communique mardi": a day within the source's words, else the sentence's statement day. */
    private static LocalDate prepDay(Attribution a, List<DateMention> days, LocalDate sentenceDay) {
        for (DateMention d : days) {
            if (d.date() != null && d.first() >= a.spanFirst() && d.first() <= a.spanLast() + 1
                    && d.first() > a.spanFirst()) {
                return d.date();
            }
        }
        return sentenceDay;
    }

    private static boolean oddQuotes(Doc doc, Span span) {
        int opens = 0;
        int closes = 0;
        int straight = 0;
        for (int i = span.start(); i < span.end(); i++) {
            char c = doc.body.charAt(i);
            if (c == '\u00ab' || c == '\u201c') {
                opens++;
            } else if (c == '\u00bb' || c == '\u201d') {
                closes++;
            } else if (c == '"') {
                straight++;
            }
        }
        return opens > closes || straight % 2 == 1;
    }
}
