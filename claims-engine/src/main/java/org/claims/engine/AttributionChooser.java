package org.claims.engine;

import org.claims.engine.attribution.Attribution;
import org.claims.engine.attribution.Spans;
import org.claims.engine.text.Doc;
import org.claims.engine.numbers.Quantity;

/**
 * Which of a sentence's sources a figure belongs to: a "selon X" right after the figure, else one right
 * before it (nothing but the figure's own words in between), else the nearest speech verb, preferring one
 * not separated from the figure by another figure; so "1,28 million selon l'Interieur, 3,5 millions selon
 * la CGT" gives each figure its own source.
 */
final class AttributionChooser {
    private static final int FAR = 1000;
    private static final int MAX_OBJECT = 8;

    private AttributionChooser() {
    }

    /** subordinators: words opening a subordinate clause ("after", "lorsque"), whose speech verb says nothing of the figures before. */
    static Attribution choose(Doc doc, Quantity q, SentenceInfo s, java.util.Set<String> subordinators) {
        Attribution after = null;
        Attribution before = null;
        for (Attribution a : s.attributions) {
            if (!a.prep() || a.source() == null || bracketedAway(doc, a, q, s)) {
                continue;
            }
            if (a.anchorFirst() >= q.last() && after == null
                    && !MeasureFinder.figureBetween(s.quantities, q, q.last(), a.anchorFirst()) && !ownFigure(a, s)) {
                after = a;
            } else if (a.spanLast() <= q.first() && !ownBracket(doc, a)
                    && !MeasureFinder.figureBetween(s.quantities, q, a.spanLast(), q.first())) {
                before = a;
            }
        }
        if (after != null) {
            return after;
        }
        if (before != null && !verbBetween(s, before.spanLast(), q.first())) {
            return before;
        }
        Attribution best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Attribution a : s.attributions) {
            if (a.source() == null || ownBracket(doc, a) || a.prep() && bracketedAway(doc, a, q, s)) {
                continue;
            }
            boolean verbAfter = a.anchorFirst() >= q.last();
            if (!a.prep() && verbAfter && a.spanLast() <= a.anchorFirst() && a.spanFirst() >= q.last()
                    && hasOwnFigure(doc, a, s)) {
                continue; // "..., tandis que le ministere en a compte 217 000": that verb counts its own figure
            }
            if (!a.prep() && verbAfter && a.spanFirst() > q.last() && subordinators.contains(doc.toks.get(a.spanFirst() - 1).text())) {
                continue; // "100 people were arrested after Mayor X announced a curfew": that clause speaks of something else
            }
            int lo = verbAfter ? q.last() : a.anchorLast();
            int hi = verbAfter ? a.anchorFirst() : q.first();
            int dist = Math.abs(hi - lo) + (MeasureFinder.figureBetween(s.quantities, q, lo, hi) ? FAR : 0)
                    + (a.prep() ? 2 * FAR : 0);
            if (dist < bestDist) {
                best = a;
                bestDist = dist;
            }
        }
        return best;
    }

    /**
     * "14 800 personnes a Rouen (pres de 30 000 selon l'intersyndicale), 9 900 au Havre": a source inside brackets
     * speaks only for the figures inside them, when they hold one.
     */
    private static boolean bracketedAway(Doc doc, Attribution a, Quantity q, SentenceInfo s) {
        int open = -1;
        for (int k = a.anchorFirst(); k > s.from && open < 0; k--) {
            if (doc.punctuationBetween(k - 1, k, ")")) {
                return false;
            }
            open = doc.punctuationBetween(k - 1, k, "(") ? k : -1;
        }
        if (open < 0) {
            return false;
        }
        int close = s.to;
        for (int k = Math.max(a.anchorLast(), a.spanLast()); k < s.to && close == s.to; k++) {
            close = doc.punctuationBetween(k - 1, k, ")") ? k : s.to;
        }
        final int from = open;
        final int to = close;
        boolean ownFigure = s.quantities.stream().anyMatch(o -> o.first() >= from && o.last() <= to);
        return ownFigure && (q.first() < open || q.last() > close); // "3 100 (police)": a label for the figure before
    }

    /** "ils etaient 10000 et selon la police 6250": a figure right after the source's words is that source's. */
    private static boolean ownFigure(Attribution a, SentenceInfo s) {
        for (Quantity o : s.quantities) {
            if (o.first() >= a.spanLast() && o.first() - a.spanLast() <= 1 && a.spanLast() > a.spanFirst()) {
                return true;
            }
        }
        return false;
    }

    /** "6 000 (prefecture)": a source alone in brackets after a figure is that figure's only (see FigureSources). */
    private static boolean ownBracket(Doc doc, Attribution a) {
        return a.prep() && a.spanFirst() == a.spanLast() && a.spanFirst() - a.anchorFirst() <= 1
                && doc.punctuationBetween(a.anchorFirst() - 1, a.anchorFirst(), "(")
                && !doc.punctuationBetween(a.anchorFirst(), a.anchorFirst() + 1, ":"); // "(source : pompiers)" names more
    }

    /** The verb has a figure of its own when one follows it within the same clause. */
    private static boolean hasOwnFigure(Doc doc, Attribution a, SentenceInfo s) {
        for (Quantity o : s.quantities) {
            if (o.first() >= a.anchorLast() && o.first() - a.anchorLast() <= MAX_OBJECT
                    && !Spans.boundaryWithin(doc, a.anchorLast() - 1, o.first())) {
                return true;
            }
        }
        return false;
    }

    private static boolean verbBetween(SentenceInfo s, int lo, int hi) {
        for (Attribution a : s.attributions) {
            if (!a.prep() && a.source() != null && a.anchorFirst() >= lo && a.anchorFirst() < hi) {
                return true;
            }
        }
        return false;
    }

    /** The reporting frame a sentence opens for the next ones (its last source), else previous. */
    static Attribution frame(SentenceInfo s, Attribution previous) {
        for (int k = s.attributions.size() - 1; k >= 0; k--) {
            if (s.attributions.get(k).source() != null) {
                return s.attributions.get(k);
            }
        }
        return previous;
    }

    static Attribution firstVerb(SentenceInfo s) {
        for (Attribution a : s.attributions) {
            if (!a.prep() && a.source() != null) {
                return a;
            }
        }
        return null;
    }
}
