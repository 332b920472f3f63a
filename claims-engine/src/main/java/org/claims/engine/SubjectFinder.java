package org.claims.engine;

import java.util.List;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.lexicon.Match;
import org.claims.engine.numbers.Quantity;
import org.claims.engine.text.Doc;

/** Finds the people noun of a figure: right after it ("10 000 soldats"), or earlier in the sentence. */
final class SubjectFinder {
    private static final int MAX_SKIPS = 3;
    private static final int FAR_NATIONALITY = 4;
    private static final int MIN_ADJECTIVE = 3;
    /** Words of a name that may sit between a figure and its noun ("National Guard troops"). */
    private static final int NAME_WORDS = 3;
    private final Lexicons lex;
    private final MeasureLists lists;

    SubjectFinder(Lexicons lex) {
        this.lex = lex;
        this.lists = new MeasureLists(lex.words.of("measurejoin"));
    }

    /** The noun that follows the figure, across "de ses", "of the" and quotes. */
    SubjectHit direct(Doc doc, Quantity q, int to) {
        int j = q.last();
        int skips = 0;
        while (j < to && skips <= MAX_SKIPS) {
            boolean restated = j == q.last() && doc.gap(j - 1, j).strip().equals(")"); // "fifty-two (52) police officers"
            if (!restated && !doc.blankBetween(doc.toks.get(j - 1).end(), doc.toks.get(j).start(), true)) {
                return null;
            }
            Match noun = lex.subjects.at("noun", doc.toks, j, to, doc.folded);
            if (noun != null) {
                return hit(doc, noun, to);
            }
            Match skip = lex.quantities.at("skip", doc.toks, j, to, doc.folded);
            if (skip == null) {
                skip = lex.subjects.at("nationality", doc.toks, j, to, doc.folded);
                if (skip != null && doc.capitalized(j) && lex.subjects.at("noun", doc.toks, skip.last(), to, doc.folded) == null) {
                    return people(doc, skip); // "10 millions de Soudanais": the nationality is the noun
                }
            }
            SubjectHit named = skip == null && skips == 0 && !q.small() ? afterName(doc, j, to) : null;
            if (named != null) {
                return named; // "2,000 National Guard troops", "500 Red Cross volunteers"
            }
            if (skip == null && skips == 0 && !q.small() && j + 1 < to && !doc.capitalized(j)
                    && doc.toks.get(j).text().length() >= MIN_ADJECTIVE
                    && lex.quantities.at("coord", doc.toks, j, to, doc.folded) == null) { // "killed 30 and injured 20"
                Match after = lex.subjects.at("noun", doc.toks, j + 1, to, doc.folded);
                if (after != null && doc.blankBetween(doc.toks.get(j).end(), doc.toks.get(j + 1).start(), true)) {
                    return hit(doc, after, to); // "1,200 political prisoners", "15,000 counter-protesters"
                }
            }
            if (skip == null || q.small()) {
                return null;
            }
            j = skip.last();
            skips++;
        }
        return null;
    }

    /** A people noun right after a name of a few capitalised words, or null. */
    private SubjectHit afterName(Doc doc, int j, int to) {
        int k = j;
        while (k < to && k - j < NAME_WORDS && doc.capitalized(k)
                && (k == j || doc.blankBetween(doc.toks.get(k - 1).end(), doc.toks.get(k).start(), true))) {
            k++;
        }
        if (k == j || k >= to || !doc.blankBetween(doc.toks.get(k - 1).end(), doc.toks.get(k).start(), true)) {
            return null;
        }
        Match noun = lex.subjects.at("noun", doc.toks, k, to, doc.folded);
        return noun == null ? null : hit(doc, noun, to);
    }

    /** The last noun in tokens [from, before), or null. */
    SubjectHit before(Doc doc, int from, int before, int to) {
        List<Match> all = lex.subjects.findAll("noun", doc.toks, from, before, doc.folded);
        return all.isEmpty() ? null : hit(doc, all.get(all.size() - 1), to);
    }

    /**
     * A nationality closing the noun phrase a few words on ("soldats de l'armee nord-coreenne", "troupes
     * d'elite nord-coreennes"), across only the words such a phrase is made of, never past punctuation.
     */
    private Match farNationality(Doc doc, int from, int to) {
        for (int j = from; j < to && j - from <= FAR_NATIONALITY; j++) {
            if (j > from && !doc.blankBetween(doc.toks.get(j - 1).end(), doc.toks.get(j).start(), true)
                    && !doc.gap(j - 1, j).equals("'") && !doc.gap(j - 1, j).equals("-")) {
                return null;
            }
            Match nat = lex.subjects.at("nationality", doc.toks, j, to, doc.folded);
            if (nat != null) {
                return j > from ? nat : null;
            }
            if (lex.subjects.at("phrase", doc.toks, j, to, doc.folded) == null) {
                return null;
            }
        }
        return null;
    }

    /** Distance in tokens from the last noun before index to index, or -1. */
    int lastNounIndex(Doc doc, int from, int before) {
        List<Match> all = lex.subjects.findAll("noun", doc.toks, from, before, doc.folded);
        return all.isEmpty() ? -1 : all.get(all.size() - 1).last();
    }

    private static boolean isMeasure(String kind) {
        return !kind.equals("arrival") && !kind.equals("other") && !kind.equals("present") && !kind.equals("expected");
    }

    private static SubjectHit people(Doc doc, Match nat) {
        return new SubjectHit(nat.value() + " people", doc.text(nat.first(), nat.last()), null, false, "people", true);
    }

    private SubjectHit hit(Doc doc, Match noun, int to) {
        int first = noun.first();
        int last = noun.last();
        Match nat = lex.subjects.at("nationality", doc.toks, last, to, doc.folded);
        Match far = nat == null ? farNationality(doc, last, to) : null;
        if (nat != null && doc.blankBetween(doc.toks.get(last - 1).end(), doc.toks.get(last).start(), false)) {
            last = nat.last();
        } else if (far != null) {
            nat = far;
            last = far.last();
        } else {
            nat = lex.subjects.endingAt("nationality", doc.toks, first, Math.max(0, first - 3), doc.folded);
            if (nat != null) {
                first = nat.first();
            }
        }
        boolean inherent = noun.kind().equals("mnoun") || noun.kind().equals("onenoun");
        String measure = noun.entry().extra().equals("-") ? null : noun.entry().extra();
        Match own = inherent && noun.last() < to ? lists.at(doc, lex.cues, noun.last(), to) : null;
        if (inherent && own != null && !own.kind().equals(measure) && isMeasure(own.kind())) {
            measure = own.kind(); // "deux victimes decedees": the adjective says what happened to the victims
        }
        String name = nat == null ? noun.value() : nat.value() + " " + noun.value();
        return new SubjectHit(name, doc.text(first, last), measure, inherent, noun.value(), nat != null);
    }
}
