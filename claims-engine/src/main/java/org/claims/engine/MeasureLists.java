package org.claims.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.claims.engine.lexicon.Entry;
import org.claims.engine.lexicon.KindedLexicon;
import org.claims.engine.lexicon.Match;
import org.claims.engine.text.Doc;
import org.claims.model.Measure;

/**
 * Measures listed together of one group of people ("900 hommes, tues ou blesses", "230 people killed, injured or
 * missing") are one measure: counted killed and wounded together, they are casualties. Read over a sentence's cues
 * before any figure picks one, so the nearest word of the list never decides alone.
 */
final class MeasureLists {
    private static final Entry CASUALTIES = new Entry(Measure.CASUALTIES.wire(), "", new String[0], false, "", "");
    /** A list of states is a few words long ("tues, blesses ou portes disparus"). */
    private static final int LIST_REACH = 8;
    private final Set<String> listJoin;

    MeasureLists(Set<String> listJoin) {
        this.listJoin = listJoin;
    }

    List<Match> merge(Doc doc, List<Match> cues) {
        if (cues.size() < 2) {
            return cues;
        }
        List<Match> out = new ArrayList<>(cues.size());
        boolean merged = false;
        for (int i = 0; i < cues.size(); i++) {
            int j = i;
            boolean joined = false;
            EnumSet<Measure> kinds = EnumSet.noneOf(Measure.class);
            add(kinds, cues.get(i));
            while (j + 1 < cues.size()) {
                int gap = listed(doc, cues.get(j), cues.get(j + 1));
                if (gap < 0) {
                    break;
                }
                joined |= gap == 1;
                add(kinds, cues.get(++j));
            }
            if (j > i && joined && kinds.contains(Measure.KILLED) && kinds.contains(Measure.WOUNDED)) {
                out.add(new Match(cues.get(i).first(), cues.get(j).last(), CASUALTIES));
                merged = true;
                i = j;
            } else {
                out.add(cues.get(i));
            }
        }
        return merged ? out : cues;
    }

    /** The cue at token i, or the list of states starting there ("pertes, tues ou blesses" at "tues"), or null. */
    Match at(Doc doc, KindedLexicon cues, int i, int to) {
        Match m = cues.at("measure", doc.toks, i, to, doc.folded);
        if (m == null) {
            return null;
        }
        List<Match> run = merge(doc, cues.findAll("measure", doc.toks, i, Math.min(to, i + LIST_REACH), doc.folded));
        return !run.isEmpty() && run.get(0).first() == i ? run.get(0) : m;
    }

    /** A cue made by merging a list: it names the group's every state, so it outweighs a nearer verb. */
    static boolean merged(Match cue) {
        return cue.entry() == CASUALTIES;
    }

    /** How b follows a in a list: 0 after a comma, 1 after a joining word ("ou", "and"), else -1. */
    private int listed(Doc doc, Match a, Match b) {
        if (b.first() == a.last()) {
            return doc.gap(a.last() - 1, b.first()).strip().equals(",") ? 0 : -1;
        }
        return b.first() == a.last() + 1 && listJoin.contains(doc.toks.get(a.last()).text())
                && doc.gap(a.last() - 1, a.last()).isBlank() && doc.gap(a.last(), b.first()).isBlank() ? 1 : -1;
    }

    private static void add(EnumSet<Measure> kinds, Match cue) {
        Measure m = Measure.parseOrNull(cue.kind());
        if (m != null) {
            kinds.add(m);
        }
    }
}
