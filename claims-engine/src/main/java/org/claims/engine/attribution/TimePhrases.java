package org.claims.engine.attribution;

import java.util.Set;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.lexicon.Match;
import org.claims.engine.text.Doc;

/**
 * A time phrase between an inverted speech verb and its speaker ("a annonce lundi soir le vice-president", "a
 * annonce dans la nuit de lundi a mardi le ministre", "said late on Monday the ministry"): the speaker starts
 * after it. Also the days such a phrase holds.
 */
final class TimePhrases {
    private static final int MAX_WORDS = 8;
    private final Lexicons lex;
    private final Set<String> parts;
    private final Set<String> preps;

    TimePhrases(Lexicons lex) {
        this.lex = lex;
        this.parts = lex.words.of("daypart");
        this.preps = lex.words.of("dayprep");
    }

    /** One past the last day or part of a day in the run of time words from k, or k when the run holds none. */
    int pastTime(Doc doc, int k, int to) {
        int end = k;
        for (int j = k; j < to && j - k < MAX_WORDS; j++) {
            if (j > k && !doc.gap(j - 1, j).isBlank() && !doc.gap(j - 1, j).equals("-") && !doc.gap(j - 1, j).equals("'")) {
                break;
            }
            String w = doc.toks.get(j).text();
            boolean day = lex.dates.at("date", doc.toks, j, to, doc.folded) != null;
            if (parts.contains(w) || day) {
                end = j + 1;
            } else if (!preps.contains(w)) {
                break;
            }
        }
        return end;
    }

    /** A day word, or a day number with its month ("1 er juin", "12 March"). */
    Match dayAt(Doc doc, int at, int to) {
        Match day = lex.dates.at("date", doc.toks, at, to, doc.folded);
        if (day != null || !doc.toks.get(at).isDigits()) {
            return day;
        }
        for (int k = at + 1; k < to && k <= at + 2; k++) {
            Match month = lex.dates.at("date", doc.toks, k, to, doc.folded);
            if (month != null && month.kind().equals("month")) {
                return month;
            }
        }
        return null;
    }
}
