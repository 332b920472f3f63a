package org.claims.engine;

import java.util.Set;
import org.claims.engine.lexicon.Match;
import org.claims.engine.text.Doc;
import org.claims.model.Measure;

/**
 * Which way a move goes. People sent, moved or fleeing "from X to Y" are counted at Y: a place after a
 * destination word ("to", "vers", "a destination de") is where they are or will be. For people sent or
 * deployed, a place after an origin word ("depuis l'Allemagne", "en provenance de", "quittera l'Italie") is
 * where they were; for displaced people the place they fled is where the displacement happened ("ont fui
 * Port-au-Prince"), so it still counts.
 */
final class Direction {
    private static final Set<String> ORIGIN = Set.of("from", "depuis", "quitte", "quitter", "quittera",
            "quitteront", "quittent", "left", "leave", "leaving");
    private static final Set<String> ORIGIN_BEFORE_DE = Set.of("provenance", "venus", "venues", "venant",
            "partis", "parties", "rapatries", "evacues", "retires");
    private static final Set<String> DESTINATION = Set.of("to", "into", "towards", "toward", "vers");
    private static final Set<String> DESTINATION_BEFORE_DE = Set.of("destination", "direction");
    private static final Set<String> DE = Set.of("de", "d", "du", "des");
    private static final Set<String> ARTICLES = Set.of("l", "la", "le", "les", "the");

    private Direction() {
    }

    /** A move's starting place, which is not where people sent or deployed are counted. */
    static boolean origin(Doc doc, Match p, Measure m) {
        return (m == Measure.PRESENT || m == Measure.EXPECTED) && marked(doc, p, ORIGIN, ORIGIN_BEFORE_DE);
    }

    /** A move's end, which wins over the other places of the figure's clause. */
    static boolean destination(Doc doc, Match p, Measure m) {
        return (m == Measure.PRESENT || m == Measure.EXPECTED || m == Measure.DISPLACED)
                && marked(doc, p, DESTINATION, DESTINATION_BEFORE_DE);
    }

    private static boolean marked(Doc doc, Match p, Set<String> words, Set<String> beforeDe) {
        int k = p.first() - 1;
        if (k > 0 && ARTICLES.contains(doc.toks.get(k).text())) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String w = doc.toks.get(k).text();
        return words.contains(w) || (k > 0 && DE.contains(w) && beforeDe.contains(doc.toks.get(k - 1).text()));
    }
}
