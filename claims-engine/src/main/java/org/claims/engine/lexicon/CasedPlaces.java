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
    /** Lower-case words this short may sit inside a name ("Rio de Janeiro", "Rosny-sous-Bois", "Newcastle upon Tyne"). */
    private static final int PARTICLE = 4;

    private CasedPlaces() {
    }

    /** The matches that stand; the same list when none is cased, so the common case allocates nothing. */
    static List<Match> keep(Doc doc, List<Match> places) {
        List<Match> out = null;
        for (int i = 0; i < places.size(); i++) {
            Match p = places.get(i);
            boolean drop = p.entry().extra().equals(CASED) && !standsAlone(doc, p);
            if (drop && out == null) {
                out = new ArrayList<>(places.subList(0, i));
            } else if (!drop && out != null) {
                out.add(p);
            }
        }
        return out == null ? places : out;
    }

    private static boolean standsAlone(Doc doc, Match p) {
        if (!doc.capitalized(p.first())) {
            return false;
        }
        for (int k = p.first() + 1; k < p.last(); k++) {
            if (!doc.capitalized(k) && doc.toks.get(k).text().length() > PARTICLE) {
                return false; // "The northern village": only the sentence's first word has a capital
            }
        }
        boolean joinedBefore = p.first() > 0 && doc.gap(p.first() - 1, p.first()).equals("-");
        boolean nameAfter = p.last() < doc.toks.size() && doc.capitalized(p.last()) && !doc.weekdayAt(p.last()) // "in Seattle Saturday"
                && (doc.gap(p.last() - 1, p.last()).equals("-") || doc.gap(p.last() - 1, p.last()).equals(" "));
        return !joinedBefore && !nameAfter;
    }
}
