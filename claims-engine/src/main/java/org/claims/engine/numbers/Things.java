package org.claims.engine.numbers;

import java.util.Set;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.lexicon.Match;
import org.claims.engine.text.Doc;

/** Figures that count no people: ages, a place's population, things named a few words on. */
final class Things {
    /** Words a thing's noun may stand after ("nine missing boats", "two smaller rescue boats"). */
    private static final int AHEAD = 2;
    private final Lexicons lex;
    private final Set<String> stopwords;
    private final Set<String> settlements;
    private final Set<String> per;
    private final Set<String> of;
    private final Set<String> determiners;

    Things(Lexicons lex) {
        this.lex = lex;
        this.stopwords = lex.words.of("stopword");
        this.settlements = lex.words.of("settlement");
        this.per = lex.words.of("per");
        this.of = lex.words.of("listof");
        this.determiners = lex.words.of("determiner");
    }

    /**
     * "30 morts pour 100 000 habitants", "a city of 36,000 people", "the city's 20,000 inhabitants", "07.00": a rate,
     * a place's size or a time, not a count of a claim.
     */
    boolean notACount(Doc doc, int i, int next, int to) {
        String t = doc.toks.get(i).text();
        if (t.length() > 1 && t.charAt(0) == '0') {
            return true; // "at 07.00": nobody counts people with a leading zero
        }
        for (int k = next; k <= next + 1 && k + 1 < to; k++) { // "30 morts pour 100 000": a noun may come between
            if (per.contains(doc.toks.get(k).text()) && doc.toks.get(k + 1).isDigits()) {
                return true;
            }
        }
        for (int k = i - 1; k >= i - 2 && k > 0; k--) {
            if (per.contains(doc.toks.get(k).text()) && (doc.toks.get(k - 1).isDigits() || k > 1 && doc.toks.get(k - 2).isDigits())) {
                return true;
            }
        }
        Match qual = i > 0 ? lex.quantities.endingAt("qualifier", doc.toks, i, Math.max(0, i - 3), doc.folded) : null;
        int j = qual != null ? qual.first() : i; // "the city of about 300,000 residents"
        if (j > 2 && of.contains(doc.toks.get(j - 1).text()) && settlements.contains(doc.toks.get(j - 2).text())
                && determiners.contains(doc.toks.get(j - 3).text())) {
            return true; // "a city of 36,000 people", "une commune de 4 300 habitants"; not "le retour au pays de 248"
        }
        return possessiveBefore(doc, i) && settlements.contains(doc.toks.get(i - 2).text()); // "the city's 20,000"
    }

    /**
     * "nine missing boats", "22 X-ray machines", "15 member states": a thing's noun up to two plain words after
     * the figure, with no people noun, function word, capital or punctuation before it.
     */
    boolean unitAhead(Doc doc, int next, int to) {
        if (next >= to || !doc.gap(next - 1, next).equals(" ")) {
            return false;
        }
        for (int j = next; j < to && j <= next + AHEAD; j++) {
            if (j > next && (lex.quantities.at("unit", doc.toks, j, to, doc.folded) != null)) {
                return true;
            }
            if (stopwords.contains(doc.toks.get(j).text()) || doc.toks.get(j).isDigits()
                    || lex.subjects.at("noun", doc.toks, j, to, doc.folded) != null
                    || j + 1 < to && !doc.gap(j, j + 1).equals(" ") && !doc.gapIs(j, j + 1, '-')) {
                return false;
            }
        }
        return false;
    }


    /** "90% of Gaza's 2.3 million people": a place's people are its population, not a count of a claim. */
    boolean population(Doc doc, int i, int next, int to) {
        if (next >= to || !possessiveBefore(doc, i) || !doc.capitalized(i - 2)) {
            return false;
        }
        Match noun = lex.subjects.at("noun", doc.toks, next, to, doc.folded);
        return noun != null && (noun.value().equals("people") || noun.value().equals("residents"));
    }


    /** "Shambhu, 25, Sunita, 52, and Dinesh, 7": a number set off by commas right after a name is an age. */
    static boolean age(Doc doc, int i, int next, int to) {
        if (i < 1 || next != i + 1 || doc.toks.get(i).text().length() > 2 || !doc.capitalized(i - 1)
                || doc.toks.get(i).start() - doc.toks.get(i - 1).end() != 2 || !doc.punctuationBetween(i - 1, i, ",")) {
            return false; // read in place: no substring per figure
        }
        if (next >= to) {
            return true;
        }
        char after = doc.folded.charAt(doc.toks.get(i).end());
        return after == ',' || after == '.' || after == ';' || after == '-'; // "Bara Hussein, 30—and ..."
    }

    /** "Gaza's 2.3 million", "the city's 20,000": a possessive right before the figure. */
    private static boolean possessiveBefore(Doc doc, int i) {
        return i >= 2 && doc.toks.get(i - 1).text().equals("s")
                && (doc.gapIs(i - 2, i - 1, '\'') || doc.gapIs(i - 2, i - 1, '\u2019'));
    }
}
