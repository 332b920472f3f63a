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
        return status(cue) || Measure.ARRESTED.wire().equals(cue) ? eventAfter(doc, q, s, true) : null;
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
            boolean event = c.kind().equals(Measure.KILLED.wire()) || !deathOnly && (c.kind().equals(Measure.WOUNDED.wire())
                    || c.kind().equals(Measure.MISSING.wire()));
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
