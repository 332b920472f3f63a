package org.claims.engine;

import java.util.Set;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.lexicon.Match;
import org.claims.engine.numbers.Quantity;
import org.claims.engine.text.Doc;
import org.claims.model.Measure;

/**
 * What happened to people counted in a state (hostages, refugees, the arrested): an event said of them after the
 * figure ("37 hostages were killed", "taken, then found dead") is the claim, and the wounded who died are dead.
 */
final class Events {
    private static final int EVENT_REACH = 16;
    /** Tokens from a figure to the next one of its list: its noun and a joining word ("victimes et"). */
    private static final int LIST_GAP = 3;
    /** Tokens from victims to what is said of them ("trois autres victimes demeurent introuvables"). */
    private static final int VICTIMS_REACH = 8;
    private final MeasureFinder measures;
    private final Set<String> articles;
    private final Set<String> determiners;

    Events(Lexicons lex, MeasureFinder measures) {
        this.measures = measures;
        this.articles = lex.words.of("article");
        this.determiners = lex.words.of("determiner");
    }

    /** The event after the figure that overrides its state (nounMeasure: its noun's, cue: its own cue), or null. */
    String happened(Doc doc, Quantity q, SentenceInfo s, String nounMeasure, String cue) {
        if (measures.partitiveWhole(doc, q, s)) {
            return null; // "six of the 40 hostages had died": the 33 stay hostages
        }
        if (status(nounMeasure)) {
            return eventAfter(doc, q, s, false);
        }
        if (Measure.CASUALTIES.wire().equals(nounMeasure)) {
            // "six victimes et douze blesses": victims counted beside the wounded are the dead; "deux victimes
            // demeurent introuvables": what is said of the victims is what they are
            return besideWounded(q, s) ? Measure.KILLED.wire() : victimsEvent(q, s);
        }
        return status(cue) || Measure.ARRESTED.wire().equals(cue) ? eventAfter(doc, q, s, true) : null;
    }

    /** The next figure follows q's noun in a list and counts the wounded ("cinq victimes et quatorze blesses"). */
    private static boolean besideWounded(Quantity q, SentenceInfo s) {
        for (Quantity o : s.quantities) {
            if (o.first() > q.last() && o.first() - q.last() <= LIST_GAP) {
                return s.cues().stream().anyMatch(c -> c.first() == o.last() && c.kind().equals(Measure.WOUNDED.wire()));
            }
        }
        return false;
    }

    /** The first death, wound or disappearance said shortly after victims, no figure between ("40 victimes, dont 12 ..."). */
    private static String victimsEvent(Quantity q, SentenceInfo s) {
        for (Match c : s.cues()) {
            if (event(c, false) && c.first() >= q.last() && c.first() - q.last() <= VICTIMS_REACH) {
                return s.quantities.stream().anyMatch(o -> o != q && o.first() >= q.last() && o.first() < c.first()) ? null : c.kind();
            }
        }
        return null;
    }

    /** A death, or when deathOnly is false also a wound or a disappearance. */
    private static boolean event(Match c, boolean deathOnly) {
        return c.kind().equals(Measure.KILLED.wire()) || !deathOnly && (c.kind().equals(Measure.WOUNDED.wire())
                || c.kind().equals(Measure.MISSING.wire()));
    }

    /** Hostages, refugees, prisoners: a state people are in, which an event said of them overrides. */
    private static boolean status(String measure) {
        return Measure.CAPTURED.wire().equals(measure) || Measure.DISPLACED.wire().equals(measure);
    }

    /** A death cue a few words after a wound cue that follows the figure, in the same clause and with no figure between. */
    static boolean diedLater(Doc doc, Quantity q, SentenceInfo s) {
        Match wound = null;
        for (Match c : s.cues()) {
            if (c.first() < q.last() || MeasureFinder.figureBetween(s.quantities, q, q.last(), c.first())) {
                continue;
            }
            if (wound == null && c.kind().equals(Measure.WOUNDED.wire()) && c.first() - q.last() <= 3) {
                wound = c;
            } else if (wound != null && c.kind().equals(Measure.KILLED.wire()) && c.first() - wound.last() <= 3
                    && !PlaceShapes.clauseBreak(doc, wound.last() - 1, c.first())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "37 hostages were killed", "50 refugees drowned": what happened to them, said after them, is the claim.
     * deathOnly: only a death counts, and only for this figure ("Trois casques bleus, appréhendés par les
     * assaillants, ont été retrouvés morts": taken, then killed).
     */
    private String eventAfter(Doc doc, Quantity q, SentenceInfo s, boolean deathOnly) {
        Quantity set = measures.partitiveSet(doc, q, s); // "six of the 40 hostages had died": the 33 are eight's noun phrase
        for (Match c : s.cues()) {
            boolean event = event(c, deathOnly);
            boolean named = deathOnly && (articles.contains(doc.toks.get(c.first()).text())
                    || c.first() > 0 && articles.contains(doc.toks.get(c.first() - 1).text())  // "the death of George Floyd"
                    || c.last() < s.to && (determiners.contains(doc.toks.get(c.last()).text())
                    || doc.toks.get(c.last()).isDigits())) // "kidnapped 20 students, killing a member of staff": its own object
                    || MeasureFinder.figureAt(doc, s, c.last(), 0); // "seized 120 hostages and killed about 300 villagers"
            if (event && !named && c.first() >= q.last() && c.first() - q.last() <= EVENT_REACH
                    && (!MeasureFinder.figureBetween(s.quantities, q, set, q.last(), c.first())
                    || !deathOnly && measures.sharedVerb(doc, q, c, s, true))) {
                return c.kind();
            }
        }
        return null;
    }
}
