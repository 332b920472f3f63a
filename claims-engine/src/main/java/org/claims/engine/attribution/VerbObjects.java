package org.claims.engine.attribution;

import java.util.Set;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.text.Doc;

/**
 * Words after a speech verb that are what the verb gives, not who speaks: an unnamed noun phrase running into
 * "de" and a figure ("a annonce dimanche un nouveau bilan de 37 084 morts") or headed by a count noun ("revealed
 * the final toll of victims"). A name among them ("a indique Francois Molins en faisant etat de 202 blesses")
 * makes them a speaker again.
 */
final class VerbObjects {
    /** A count noun heads the words after the verb within this many tokens ("the final toll"). */
    private static final int COUNT_HEAD = 3;
    private final Set<String> listOf;
    private final Set<String> tollNouns;
    private final Set<String> reportNouns;
    private final FigureSources.FigureStart opensFigure;
    private final Lexicons lex;
    private final Set<String> joins;
    private final Set<String> relative;
    private final Set<String> predicateAux;
    private final Set<String> activeAux;

    VerbObjects(Lexicons lex, FigureSources.FigureStart opensFigure) {
        this.lex = lex;
        this.joins = lex.words.of("listjoin");
        this.relative = lex.words.of("relative");
        this.predicateAux = lex.words.of("predicateaux");
        this.activeAux = lex.words.of("activeaux");
        this.listOf = lex.words.of("listof");
        this.tollNouns = lex.words.of("tollnoun");
        this.reportNouns = lex.words.of("reportnoun");
        this.opensFigure = opensFigure;
    }

    /** Whether tokens [after, end) after a speech verb (in a sentence ending at to) are its object. */
    boolean isObject(Doc doc, int after, int end, int to) {
        boolean cutByFigure = end < to && doc.toks.get(end).isDigits();
        boolean ofFigure = end + 1 < to && listOf.contains(doc.toks.get(end).text()) && opensFigure.at(doc, end + 1, to)
                || cutByFigure && end - 1 > after && listOf.contains(doc.toks.get(end - 1).text());
        int count = countAt(doc, after, end, tollNouns);
        boolean opensOnFigure = listOf.contains(doc.toks.get(after).text()) && after + 1 < to && opensFigure.at(doc, after + 1, to);
        return ofFigure && !namedWithin(doc, after, end) || count >= 0 && !namedWithin(doc, after, count)
                || opensOnFigure; // "qui a fait etat de quatre rescapes": what it spoke of, not who spoke
    }

    /** "gave a new toll", "a donne un bilan": a count noun heads the words right after the verb. */
    boolean countAfter(Doc doc, int after, int to) {
        return countAt(doc, after, to, tollNouns) >= 0 || countAt(doc, after, to, reportNouns) >= 0;
    }

    /** The count noun heading the words ("the final toll of victims ... in Tripoli"), or -1. */
    private int countAt(Doc doc, int a, int b, Set<String> nouns) {
        int head = a + COUNT_HEAD;
        if (a < b && doc.weekdayAt(a)) { // "a publie mardi son dernier bilan": the day sits between verb and object
            head++;
        }
        for (int k = a; k < b && k < head; k++) {
            if (nouns.contains(doc.toks.get(k).text())) {
                return k;
            }
        }
        return -1;
    }

    /** A capitalised word among tokens [a, b): a name, where an object noun phrase has none. */
    private static boolean namedWithin(Doc doc, int a, int b) {
        for (int k = a; k < b; k++) {
            if (doc.capitalized(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a confirme la mort des enfants et a informe": a speech verb, or a joining word and an auxiliary, inside tokens
     * [from, to) make them a clause, not a speaker.
     */
    boolean clause(Doc doc, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (joins.contains(doc.toks.get(k).text()) && lex.attribution.at("aux", doc.toks, k + 1, to, doc.folded) != null) {
                return true;
            }
        }
        for (int k = from; k < to && !relative.contains(doc.toks.get(k).text()); k++) {
            if (k > from && predicateAux.contains(doc.toks.get(k).text()) && !activeAux.contains(doc.toks.get(k).text())) {
                return true; // "said the coast was empty": a subject and its verb, not a speaker ("a woman who was there" is)
            }
        }
        for (org.claims.engine.lexicon.Match v : lex.attribution.findAll("marker", doc.toks, from, to, doc.folded)) {
            if (v.kind().equals("verb") || v.kind().equals("pverb") || v.kind().equals("tell")) {
                return true;
            }
        }
        return false;
    }
}
