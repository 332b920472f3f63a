package org.claims.engine.numbers;

import java.util.Set;
import org.claims.engine.lexicon.Entry;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.lexicon.Match;
import org.claims.engine.text.Doc;

/**
 * Counts of one: "un Casque bleu a ete tue", "a police officer was wounded", "la mort d'un soldat", "a
 * 19-year-old man was stabbed to death", "un jeune homme de 16 ans a ete tue". An indefinite article before a
 * noun of people counts one when a measure word follows in the same clause, before any other figure, or ends
 * right before it. Between the article and the noun may sit the modifiers a figure's noun may carry ("young",
 * "jeune") and an age ("19-year-old"); after the noun, an age ("de 16 ans") does not end the clause.
 */
final class Singles {
    private static final int REACH = 6;
    private static final int MODIFIERS = 3;
    private final Lexicons lex;
    private final Set<String> another;
    private final Set<String> collective;
    private final Set<String> oneArticle;
    private final Set<String> ageUnits;
    private final Set<String> eventPreps;

    Singles(Lexicons lex) {
        this.lex = lex;
        this.another = lex.words.of("another");
        this.collective = lex.words.of("collective");
        this.oneArticle = lex.words.of("onearticle");
        this.ageUnits = lex.words.of("ageunit");
        this.eventPreps = lex.words.of("eventprep");
    }

    /** The token where the counted noun starts when token i is an article counting one, else -1. */
    int nounAfter(Doc doc, int i, int from, int to) {
        if (i + 1 >= to || !oneArticle.contains(doc.toks.get(i).text())) {
            return -1;
        }
        int k = another.contains(doc.toks.get(i + 1).text()) ? i + 2 : i + 1;
        Match noun = k < to ? lex.subjects.at("noun", doc.toks, k, to, doc.folded) : null;
        if (noun == null) {
            int past = pastModifiers(doc, k, to);
            noun = past > k && past < to ? lex.subjects.at("noun", doc.toks, past, to, doc.folded) : null;
        }
        if (noun == null || collective.contains(doc.toks.get(noun.first()).text())
                || noun.last() < to && doc.gapIs(noun.last() - 1, noun.last(), ' ')
                && lex.quantities.at("unit", doc.toks, noun.last(), to, doc.folded) != null) {
            return -1; // "a migrant shipwreck": the people noun only qualifies the thing
        }
        Match before = lex.cues.endingAt("measure", doc.toks, i, from, doc.folded);
        if (before != null && event(doc, before.first(), from)) {
            return -1;
        }
        boolean cue = before != null;
        for (int c = noun.last(); c < to && c - noun.last() <= REACH && !cue; c++) {
            int age = ageEnd(doc, c, to);
            if (age > c) {
                c = age - 1; // "un homme de 16 ans a ete tue": the age is no second figure
                continue;
            }
            boolean article = oneArticle.contains(doc.toks.get(c).text()); // "un prisonnier et un gardien sont morts"
            Entry number = lex.numberWord(doc.toks.get(c).text());
            if (doc.punctuationBetween(c - 1, c, ",;:.(") || doc.toks.get(c).isDigits()
                    || !article && number != null && !number.kind().equals("article")) {
                break;
            }
            Match after = lex.cues.at("measure", doc.toks, c, to, doc.folded);
            if (after != null && objectAfter(doc, after.last(), to)) {
                return -1; // "a 24-year-old student killed 14 people": the one who acts is not counted
            }
            cue = after != null;
        }
        return cue || noun.kind().equals("onenoun") ? noun.first() : -1; // "un mort et trois blesses"
    }

    /** A figure or an article right after the verb: its object is counted, not its subject. */
    private boolean objectAfter(Doc doc, int k, int to) {
        if (k >= to || doc.punctuationBetween(k - 1, k, ",;:.(")) {
            return false;
        }
        Entry number = lex.numberWord(doc.toks.get(k).text());
        return doc.toks.get(k).isDigits() || number != null && !number.kind().equals("joiner") && !number.kind().equals("article")
                || oneArticle.contains(doc.toks.get(k).text());
    }

    /** Past "young", "jeune" and an age ("19-year-old") right after the article. */
    private int pastModifiers(Doc doc, int k, int to) {
        for (int n = 0; n < MODIFIERS && k < to; n++) {
            int age = ageEnd(doc, k, to);
            Match skip = lex.quantities.at("skip", doc.toks, k, to, doc.folded);
            if (age > k) {
                k = age;
            } else if (skip != null && skip.last() == k + 1 && !doc.toks.get(k).isDigits()) {
                k = skip.last();
            } else {
                break;
            }
        }
        return k;
    }

    /** One past a figure followed by a unit of years ("19-year-old", "16 ans"), else k. */
    private int ageEnd(Doc doc, int k, int to) {
        if (!doc.toks.get(k).isDigits() || k + 1 >= to || !ageUnits.contains(doc.toks.get(k + 1).text())) {
            return k; // the set first: this runs for the words after every count of one
        }
        Match unit = lex.quantities.at("unit", doc.toks, k + 1, to, doc.folded);
        if (unit == null) {
            return k;
        }
        Match old = unit.last() < to ? lex.quantities.at("skip", doc.toks, unit.last(), to, doc.folded) : null;
        return old != null && old.last() == unit.last() + 1 ? old.last() : unit.last();
    }

    /** "after the death of", "apres la mort d'": a word of sequence up to two words before the cue. */
    private boolean event(Doc doc, int cue, int from) {
        for (int k = cue - 1; k >= from && k >= cue - 2; k--) {
            if (eventPreps.contains(doc.toks.get(k).text())) {
                return true;
            }
        }
        return false;
    }
}
