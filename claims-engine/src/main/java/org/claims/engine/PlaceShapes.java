package org.claims.engine;

import java.util.Set;
import org.claims.engine.attribution.Spans;
import org.claims.engine.lexicon.Match;
import org.claims.engine.numbers.Quantity;
import org.claims.engine.text.Doc;
import org.claims.model.Claim;

/** Where a place stands in its sentence: in a dateline, a part's clause, a bracket, a hyphened pair. */
final class PlaceShapes {
    private static final int BRACKET_WORDS = 4;
    private static final int DATELINE_WORDS = 5;
    /** "the deadliest wildfire in Europe": the superlative at most this many words before the place's preposition. */
    private static final int RANK_REACH = 3;
    /** At most this many words (a noun, a joining word) between two figures of one list. */
    private static final int LIST_GAP = 3;

    private PlaceShapes() {
    }

    /** "540 interpellations en France, dont 305 a Paris": a place of a part is not where the sentence is. */
    static boolean ofAPart(Doc doc, Match p, SentenceInfo s) {
        for (Quantity o : s.quantities) {
            if (o.part() && o.last() <= p.first() && !clauseBreak(doc, o.last() - 1, p.first())) {
                return true;
            }
        }
        return false;
    }

    /** The figure's own part ("dont 60 000 a Paris") stands between it and the place. */
    static boolean partBetween(SentenceInfo s, Quantity q, Match p) {
        for (Quantity o : s.quantities) {
            if (o != q && o.part() && o.first() >= q.last() && o.last() <= p.first()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Europe's deadliest fire", "Africa's third longest-ruling president", "the deadliest wildfire in Europe": a place
     * ranking something against others there is no scene.
     */
    static boolean ranked(org.claims.engine.lexicon.Lexicons lex, Doc doc, Match p) {
        Set<String> superlatives = lex.words.of("superlative");
        int next = p.last();
        if (next + 1 < doc.toks.size() && doc.gap(next - 1, next).equals("'") && lex.words.of("possessive").contains(doc.toks.get(next).text())) {
            return superlatives.contains(doc.toks.get(next + 1).text())
                    || next + 2 < doc.toks.size() && superlatives.contains(doc.toks.get(next + 2).text());
        }
        int at = p.first() - 1;
        if (at < 1 || !lex.words.of("locative").contains(doc.toks.get(at).text())) {
            return false;
        }
        for (int k = at - 1; k >= Math.max(0, at - RANK_REACH); k--) {
            if (superlatives.contains(doc.toks.get(k).text())) {
                return !Spans.boundaryWithin(doc, k, p.first());
            }
        }
        return false;
    }

    /** ", in Milan 100,000": the token opening a place and its preposition that end right before token k, else k. */
    static int placedBefore(org.claims.engine.lexicon.Lexicons lex, Doc doc, SentenceInfo s, int k) {
        for (Match p : s.places) {
            if (p.last() == k && p.first() - 1 > s.from && doc.gapIs(k - 1, k, ' ')
                    && lex.words.of("locative").contains(doc.toks.get(p.first() - 1).text())) {
                return p.first() - 1;
            }
        }
        return k;
    }

    /** "in Milan 100,000 and in Naples 50,000": a place right before another figure is that figure's. */
    static boolean leadsFigure(org.claims.engine.lexicon.Lexicons lex, Doc doc, SentenceInfo s, Quantity q, Match p) {
        for (Quantity o : s.quantities) {
            if (o != q && o.first() == p.last() && placedBefore(lex, doc, s, o.first()) < o.first()) {
                return true;
            }
        }
        return false;
    }

    /** "12 morts et 255 blesses dans la province de X": the figures between q and the place make one list with q. */
    static boolean listTo(org.claims.engine.lexicon.Lexicons lex, Doc doc, SentenceInfo s, Quantity q, Match p) {
        int prev = q.last();
        Set<String> joins = lex.words.of("listjoin");
        for (Quantity o : s.quantities) {
            if (o.first() < q.last() || o.last() > p.first()) {
                continue;
            }
            if (o.first() - prev > LIST_GAP || !(doc.anyWordBetween(joins, prev, o.first()) || doc.punctuationBetween(prev - 1, o.first(), ","))) {
                return false;
            }
            prev = o.last();
        }
        return prev > q.last() && p.first() - prev <= LIST_GAP + 2;
    }

    /** "le match France-Allemagne", "US-Mexico talks": two places hyphened name a relation, not a scene. */
    static boolean paired(Doc doc, Match p, SentenceInfo s) {
        for (Match o : s.places) {
            if (o != p && (o.first() == p.last() && doc.gapIs(p.last() - 1, p.last(), '-')
                    || o.last() == p.first() && doc.gapIs(o.last() - 1, o.last(), '-'))) {
                return true;
            }
        }
        return false;
    }

    /** Past a bracket right after token k-1 ("6 000 (prefecture) a Nice"): it sets off a source, the clause goes on. */
    static int pastBracket(Doc doc, int k) {
        if (k <= 0 || k >= doc.toks.size() || !doc.punctuationBetween(k - 1, k, "(")) {
            return k; // read in place: this runs for every place after a figure
        }
        for (int j = k; j < doc.toks.size() - 1 && j < k + BRACKET_WORDS; j++) {
            if (doc.punctuationBetween(j, j + 1, ")")) {
                return doc.punctuationBetween(j, j + 1, "(") ? k : j + 1;
            }
        }
        return k;
    }

    /** A comma, colon, semicolon or bracket between tokens i and j; quotes do not end the clause here. */
    static boolean clauseBreak(Doc doc, int i, int j) {
        return doc.punctuationBetween(i, j, ",;:()[]");
    }
    static boolean qualifiesPlaceBefore(Doc doc, Match p, SentenceInfo s) {
        if (p.first() == 0 || doc.gap(p.first() - 1, p.first()).indexOf('(') < 0) {
            return false;
        }
        return s.places.stream().anyMatch(o -> o.last() == p.first())
                || s.guessedPlaces.stream().anyMatch(o -> o.last() == p.first());
    }

    /** The first place of a dateline ("DERA ISMAIL KHAN, Pakistan --"), where a local story was filed. */
    static Claim.Location datelinePlace(Doc doc, SentenceInfo first) {
        for (Match p : first.places) {
            if (dateline(doc, p) && !p.kind().equals("capital")) {
                return new Claim.Location(p.value(), doc.text(p.first(), p.last()));
            }
        }
        return null;
    }

    /**
     * "Rabat — Le seisme...", "ROME -- About 20 migrants", "MINA, SAUDI ARABIA - At least 244": the dateline
     * says where the story was written, which is not always where the people counted are.
     */
    static boolean dateline(Doc doc, Match p) {
        if (p.first() > DATELINE_WORDS) {
            return false;
        }
        boolean bracket = false; // "Lausanne (awp/ats) - ": the agencies' initials in brackets
        for (int k = 1; k <= DATELINE_WORDS + 2 && k < doc.toks.size(); k++) {
            String gap = doc.gap(k - 1, k);
            bracket = gap.contains("(") || bracket && !gap.contains(")");
            boolean dash = gap.contains("\u2014") || gap.contains("\u2013") || gap.contains("--") || gap.contains(" - ")
                    || gap.trim().equals(":");
            if (dash) {
                return p.last() <= k;
            }
            boolean shortDot = gap.startsWith(".") && doc.toks.get(k - 1).text().length() <= 5; // "Calif.", "Sep. 10"
            if (!(doc.capitalized(k - 1) || doc.toks.get(k - 1).isDigits() || bracket || gap.contains(")")) || gap.contains(".") && !shortDot) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Goma, dans l'Est de la Republique democratique du Congo", "Kohat, in northwestern Pakistan": an aside
     * after a comma that only places the town in its country.
     */
    static boolean situates(Doc doc, Match town, Match country, Set<String> situating) {
        if (town.last() >= country.first() || !doc.gap(town.last() - 1, town.last()).trim().equals(",")) {
            return false;
        }
        for (int k = town.last(); k < country.first(); k++) {
            if (!situating.contains(doc.toks.get(k).text()) || doc.capitalized(k) && k > town.last() + 1
                    && !doc.gap(k - 1, k).trim().isEmpty() && !doc.gap(k - 1, k).trim().equals("'")) {
                return false;
            }
        }
        return country.first() > town.last() && !clauseBreak(doc, town.last(), country.first());
    }
}
