package org.claims.engine;

import java.util.Set;
import org.claims.engine.lexicon.Match;
import org.claims.engine.lexicon.Words;
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
    private final Set<String> origin;
    private final Set<String> originBeforeDe;
    private final Set<String> destination;
    private final Set<String> destinationBeforeDe;
    private final Set<String> goal;
    private final Set<String> de;
    private final Set<String> articles;

    Direction(Words words) {
        this.origin = words.of("origin");
        this.originBeforeDe = words.of("originofde");
        this.destination = words.of("destination");
        this.destinationBeforeDe = words.of("destinationofde");
        this.goal = words.of("goal");
        this.de = words.of("de");
        this.articles = words.of("article");
    }

    /** A move's starting place, which is not where people sent or deployed are counted. */
    boolean origin(Doc doc, Match p, Measure m) {
        return (m == Measure.PRESENT || m == Measure.EXPECTED) && marked(doc, p, origin, originBeforeDe);
    }

    /** A move's end, which wins over the other places of the figure's clause. */
    boolean destination(Doc doc, Match p, Measure m) {
        return (m == Measure.PRESENT || m == Measure.EXPECTED || m == Measure.DISPLACED)
                && (marked(doc, p, destination, destinationBeforeDe) || marked(doc, p, goal, Set.of()));
    }

    /** Where victims were heading ("died trying to reach Europe") is not where they died or went missing. */
    boolean notReached(Doc doc, Match p, Measure m) {
        return (m == Measure.KILLED || m == Measure.MISSING || m == Measure.WOUNDED || m == Measure.CASUALTIES)
                && (marked(doc, p, goal, Set.of()) || marked(doc, p, destination, destinationBeforeDe));
    }

    private boolean marked(Doc doc, Match p, Set<String> words, Set<String> beforeDe) {
        int k = p.first() - 1;
        if (k > 0 && articles.contains(doc.toks.get(k).text())) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String w = doc.toks.get(k).text();
        return words.contains(w) || (k > 0 && de.contains(w) && beforeDe.contains(doc.toks.get(k - 1).text()));
    }
}
