package org.claims.engine.lexicon;

import java.util.ArrayList;
import java.util.List;
import org.claims.engine.text.Doc;

/**
 * Places whose name is also a common word ("le nord du pays", "un lot", "la somme") are marked "cased" in the
 * gazetteer: they name the place only when written with a capital and standing alone, not as part of another
 * name ("Darfour-Nord", "Nord Stream").
 */
final class CasedPlaces {
    static final String CASED = "cased";

    private CasedPlaces() {
    }

    /** The matches that stand; the same list when none is cased, so the common case allocates nothing. */
    static List<Match> keep(Doc doc, List<Match> places, java.util.Set<String> articles) {
        List<Match> out = null;
        for (int i = 0; i < places.size(); i++) {
            Match p = places.get(i);
            boolean drop = p.entry().extra().equals(CASED) && !standsAlone(doc, p, articles);
            if (drop && out == null) {
                out = new ArrayList<>(places.subList(0, i));
            } else if (!drop && out != null) {
                out.add(p);
            }
        }
        return out == null ? places : out;
    }

    private static boolean standsAlone(Doc doc, Match p, java.util.Set<String> articles) {
        if (!doc.capitalized(p.first())) {
            return false;
        }
        if (p.last() - p.first() > 1 && articles.contains(doc.toks.get(p.first()).text()) && !doc.capitalized(p.first() + 1)) {
            return false; // "The northern village": only the sentence's first word, an article, has a capital
        }
        boolean joinedBefore = p.first() > 0 && doc.gap(p.first() - 1, p.first()).equals("-");
        boolean nameAfter = p.last() < doc.toks.size() && doc.capitalized(p.last()) && !doc.weekdayAt(p.last()) // "in Seattle Saturday"
                && (doc.gap(p.last() - 1, p.last()).equals("-") || doc.gap(p.last() - 1, p.last()).equals(" "));
        return !joinedBefore && !nameAfter;
    }
}
