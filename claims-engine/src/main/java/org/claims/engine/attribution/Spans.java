package org.claims.engine.attribution;

import java.util.Set;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.lexicon.Match;
import org.claims.engine.text.Doc;

/** Where a source's words start and end around a marker: clause punctuation, stop words, appositions. */
public final class Spans {
    static final int MAX_SPAN = 14;
    private static final int MAX_PAREN = 6;
    private final Set<String> appositionWords;
    private final Set<String> joiners;
    private final Lexicons lex;

    Spans(Lexicons lex) {
        this.lex = lex;
        this.appositionWords = lex.words.of("apposition");
        this.joiners = lex.words.of("listjoin");
    }

    /** Reading back from token end to the clause start or a stop word, at most MAX_SPAN tokens. */
    int backwardStart(Doc doc, int end, int from) {
        int i = end;
        while (i > from && end - i < MAX_SPAN && !boundary(doc, i - 1, i)
                && lex.attribution.at("stop", doc.toks, i - 1, end, doc.folded) == null && !count(doc, i - 1, from)) {
            i--;
        }
        return i;
    }

    /** Source words run to the clause end, plus an apposition naming a person (", le general Pat Ryder,"). */
    int forwardEnd(Doc doc, int start, int to) {
        int i = start;
        while (i < to && i - start < MAX_SPAN && (i == start || !boundary(doc, i - 1, i))
                && (i == start || lex.attribution.at("stop", doc.toks, i, to, doc.folded) == null
                        && !weekday(doc, i, to) && !closingFigure(lex, doc, i, to) && !count(doc, i, start))) {
            i++;
        }
        if (i < to && i > start + 1 && doc.toks.get(i).isDigits()) { // "selon la police entre 1 000 et 1 500 manifestants"
            Match qualifier = lex.quantities.endingAt("qualifier", doc.toks, i, start + 1, doc.folded);
            qualifier = qualifier != null ? qualifier : lex.quantities.endingAt("rangestart", doc.toks, i, start + 1, doc.folded);
            i = qualifier != null ? qualifier.first() : i;
        }
        if (i - start > 1 && i < to && doc.toks.get(i).isDigits() && joiners.contains(doc.toks.get(i - 1).text())) {
            i--; // "selon les syndicats et 6250 selon la police": the joining word belongs to the next figure
        }
        int quoted = quotedName(doc, i, start, to);
        if (quoted > i) {
            return quoted; // "selon l'agence italienne «Nova News»": the name in quotes is the source's
        }
        if (i < to && i > start && doc.gap(i - 1, i).trim().equals(",")) {
            int j = i;
            boolean named = false;
            boolean nameLike = true;
            while (j < to && j - i < 5 && (j == i || !boundary(doc, j - 1, j))) {
                named |= doc.capitalized(j);
                nameLike &= doc.capitalized(j) || appositionWords.contains(doc.toks.get(j).text())
                        || doc.gap(j - 1, j).equals("-");
                j++;
            }
            named &= nameLike; // ", le general Pat Ryder," but not ", citant le NIS"
            boolean closes = j >= to || doc.gap(j - 1, j).contains(",") || doc.gap(j - 1, j).contains(".");
            if (named && closes && doc.capitalized(j - 1)) {
                return j;
            }
        }
        return i;
    }

    /** One past a short capitalised name in quotes opening at token i, else i. */
    private static int quotedName(Doc doc, int i, int start, int to) {
        if (i >= to || i <= start || !isQuote(doc.gap(i - 1, i).strip())) {
            return i;
        }
        for (int j = i; j < to && j - i < MAX_PAREN; j++) {
            if (!doc.capitalized(j) && !doc.toks.get(j).isDigits()) {
                return i;
            }
            if (j + 1 >= to || isQuote(doc.gap(j, j + 1).strip())) {
                return j + 1;
            }
            if (!doc.gap(j, j + 1).equals(" ")) {
                return i;
            }
        }
        return i;
    }

    private static boolean isQuote(String gap) {
        return gap.length() == 1 && "\"\u00ab\u00bb".indexOf(gap.charAt(0)) >= 0;
    }

    /** "selon la police 6250.": a figure ending the clause is the count, not part of the source's name ("112 services"). */
    private static boolean closingFigure(Lexicons lex, Doc doc, int i, int to) {
        int k = i;
        while (k < to && doc.toks.get(k).isDigits() && (k == i || doc.gap(k - 1, k).length() == 1)) {
            k++;
        }
        return k > i && (k >= to || boundary(doc, k - 1, k) || lex.attribution.at("marker", doc.toks, k, to, doc.folded) != null);
    }

    /**
     * A figure is no part of a source's words ("selon la police 1 500 manifestants", "Au moins 28 Houthis ont peri
     * ..., ont indique des sources"), unless it ends a name ("Generation 88").
     */
    private boolean count(Doc doc, int i, int from) {
        if (!doc.toks.get(i).isDigits()) {
            return false; // most tokens: no lookup
        }
        boolean unit = i + 1 < doc.toks.size() && lex.quantities.at("unit", doc.toks, i + 1, doc.toks.size(), doc.folded) != null;
        return !unit && !(i > from && doc.capitalized(i - 1) && !doc.toks.get(i - 1).isDigits() && doc.gapIs(i - 1, i, ' '));
    }

    /** "revealed the assistant commissioner of the district Sunday morning": a weekday ends a source's words. */
    private static boolean weekday(Doc doc, int i, int to) {
        return i < to && doc.weekdayAt(i);
    }

    /**
     * The first token inside a short bracket that closes right before token end ("le service (NIS) a
     * estime"), or -1; the bracket belongs to the words before it, not to a new clause.
     */
    static int bracketStart(Doc doc, int end, int from) {
        if (end - 1 <= from || !doc.gap(end - 1, end).contains(")") || doc.gap(end - 1, end).contains(",")) {
            return -1; // "(Unrwa), a declare le porte-parole": an inverted verb after a comma, its speaker after it
        }
        for (int k = end - 1; k > from && end - k <= MAX_PAREN; k--) {
            String gap = doc.gap(k - 1, k);
            if (gap.contains("(")) {
                return k;
            }
            if (boundary(doc, k - 1, k)) {
                return -1;
            }
        }
        return -1;
    }

    /** The sentence starting at token from opens inside a quote ("\"Nurse X has lost his life.", "« Le bilan"). */
    static boolean openedByQuote(Doc doc, int from) {
        int at = doc.toks.get(from).start() - 1;
        while (at > 0 && doc.folded.charAt(at) == ' ') {
            at--;
        }
        return at >= 0 && (doc.folded.charAt(at) == '"' || doc.folded.charAt(at) == '«');
    }

    /** Start of the comma-delimited stretch that ends just before token end. */
    static int segmentStart(Doc doc, int end, int from) {
        int i = end - 1;
        while (i > from && !boundary(doc, i - 1, i)) {
            i--;
        }
        return i;
    }

    /** True when a clause ends anywhere between tokens i and j. */
    public static boolean boundaryWithin(Doc doc, int i, int j) {
        for (int k = Math.max(i, 0); k < j; k++) {
            if (boundary(doc, k, k + 1)) {
                return true;
            }
        }
        return false;
    }

    /** True when punctuation between tokens i and j ends a clause. */
    static boolean boundary(Doc doc, int i, int j) {
        if (i < 0 || j >= doc.toks.size() || j <= i) {
            return true;
        }
        int from = doc.toks.get(i).end();
        int to = doc.toks.get(j).start();
        if (to - from == 1 && doc.toks.get(i).isDigits() && doc.toks.get(j).isDigits()) {
            return false; // "3,000": a digit group, not a clause
        }
        String folded = doc.folded; // read in place: this runs for most pairs of tokens, a substring each time showed
        for (int k = from; k < to; k++) {
            char c = folded.charAt(k);
            if (c == ',' || c == ';' || c == ':' || c == '"' || c == '(' || c == ')' || c == '!' || c == '?'
                    || c == '\n' || c == '[' || c == ']' || c == '\u2014') {
                return true;
            }
            if (c == '.' && k + 1 < to && folded.charAt(k + 1) == ' ' && !(k == from && doc.titleDotAt(i))) {
                return true;
            }
            if (c == '-' && k > from && k + 1 < to && folded.charAt(k - 1) == ' ' && folded.charAt(k + 1) == ' '
                    && !doc.toks.get(i).isDigits()) {
                return true; // "MATI, Greece - Fire officials said": a dash set off by spaces ends a clause, not "10 - 15"
            }
        }
        return false;
    }
}
