package org.claims.engine;

import java.util.List;
import java.util.Set;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.lexicon.Match;
import org.claims.engine.numbers.Quantity;
import org.claims.engine.text.Doc;

/**
 * Picks the measure cue nearest a figure without reaching past another figure ("300 tues et 500 blesses"),
 * preferring cues after it (the verb of the clause follows its subject in French and English).
 */
final class MeasureFinder {
    private static final int MAX_DISTANCE = 18;
    private static final int OTHER_CLAUSE = 6;
    private static final int SHARED_VERB_REACH = 6;
    /** A list of states follows the figure's noun and its adjectives ("900 soldats russes, tues ou blesses"). */
    private static final int LIST_AFTER_NOUN = 3;
    /** At most this many tokens (auxiliaries, a day) from the aside's closing comma to the verb. */
    private static final int ASIDE_TO_VERB = 4;

    private final Set<String> listJoin;
    private final Set<String> listOf;
    private final Set<String> relative;
    private final Lexicons lex;
    private final Set<String> clitics;
    private final Set<String> verbOpeners;
    private final Set<String> predicateAux;
    private final Set<String> subordinators;
    private static final int RELATIVE_REACH = 4;

    MeasureFinder(Lexicons lex) {
        this.lex = lex;
        this.listJoin = lex.words.of("listjoin");
        this.listOf = lex.words.of("listof");
        this.relative = lex.words.of("relative");
        this.clitics = lex.words.of("clitic");
        this.verbOpeners = lex.words.of("verbopener");
        this.predicateAux = lex.words.of("predicateaux");
        this.subordinators = lex.words.of("subordinator");
    }

    String cue(Doc doc, Quantity q, SentenceInfo s) {
        if (partitiveWhole(doc, q, s)) {
            return null; // "six des 40 otages ... sont morts": the verb says what happened to the six, the 40 stay hostages
        }
        Quantity set = partitiveSet(doc, q, s);
        Match best = null;
        int bestDist = Integer.MAX_VALUE;
        Match closed = null;
        int closedDist = Integer.MAX_VALUE;
        int textStart = doc.tokenAt(q.start());
        Match relativeCue = null; // "about 4,000 people who evacuated": the relative's verb, when the clause has none
        for (Match c : s.cues()) {
            if (c.last() > q.first() && c.first() < q.last()) {
                continue;
            }
            if (inRelative(doc, q, c)) {
                relativeCue = relativeCue == null ? c : relativeCue;
                continue;
            }
            boolean after = c.first() >= q.last();
            if (after && opensClause(doc, c, s) || !after && doc.anyWordBetween(subordinators, c.last(), q.first())) {
                continue; // "seized 120 hostages and killed about 300 villagers": that verb has its own object;
                // "hundreds detained after a crackdown on 3,000 protesters": the figure is in another clause
            }
            // "killed at least 315"; not across a comma: "Deux policiers ont ete tues, cinq agents ont ete blesses"
            boolean object = !after && (c.last() == q.first() || c.last() == textStart) && !doc.punctuationBetween(c.last() - 1, q.first(), ",");
            int dist = object ? 0 : after ? c.first() - q.last() : q.first() - c.last() + 2;
            int lo = after ? q.last() : c.last();
            int hi = after ? c.first() : q.first();
            int aside = after ? aside(doc, lo, hi) : 0;
            dist -= aside;
            dist += aside == 0 && PlaceShapes.clauseBreak(doc, lo - 1, hi) && !(object && labelled(doc, c)) ? OTHER_CLAUSE : 0;
            if (!after && !object && conjunctionAfter(doc, c, hi)) {
                // "Huit hommes sont morts et six personnes, en urgence relative, ont ete conduites a l'hopital": the
                // cue closes the clause before; it counts only when the figure's own clause has none
                closed = closed == null || dist < closedDist ? c : closed;
                closedDist = closed == c ? dist : closedDist;
                continue;
            }
            int[] dash = after ? dashed(doc, lo, hi) : null; // "78 000 personnes - 65 000 en province et 13 000 a Paris - ont defile"
            boolean between = dash == null ? figureBetween(s.quantities, q, set, lo, hi)
                    : figureBetween(s.quantities, q, set, lo, dash[0]) || figureBetween(s.quantities, q, set, dash[1], hi);
            boolean listObject = between && !after && sharedObject(doc, q, c, s);
            dist = listObject ? 0 : dist; // the list is the cue's object, as its first figure is
            boolean blocked = between && !listObject && !(after && (sharedVerb(doc, q, c, s) || closedList(doc, q, c, s)));
            boolean better = dist < bestDist || (dist == bestDist && after); // the verb follows its subject
            if (better && dist <= MAX_DISTANCE && !blocked) {
                best = c;
                bestDist = dist;
            }
        }
        if (best == null && closed != null && closedDist <= MAX_DISTANCE) {
            best = closed;
        }
        best = best == null ? relativeCue : best;
        best = listAfterNoun(q, s, best);
        if (best == null) {
            return null;
        }
        best = predicate(doc, q, s, best, set);
        if (best.kind().equals("present")) {
            for (Match f : s.futures()) {
                if (f.last() <= best.first() && best.first() - f.last() <= 2) {
                    return "expected";
                }
            }
        }
        return best.kind();
    }

    /**
     * "plus de 1 000 soldats deployes en Russie ... ont ete tues ou blesses": a participle right after the noun only
     * qualifies it; a cue later in the same clause behind an auxiliary is the clause's own verb.
     */
    private Match predicate(Doc doc, Quantity q, SentenceInfo s, Match best, Quantity set) {
        // "deux des cinq personnes portees disparues ont ete retrouvees decedees": the participle is the set's
        boolean moved = best.kind().equals("present") || best.kind().equals("expected") || set != null;
        if (!moved || best.first() <= q.last() || auxBefore(doc, best)) { // "250 injuries": the noun itself is the measure;
            // "90 people injured have been released (from hospital)": only a participle of deployment yields
            return best;
        }
        for (Match c : s.cues()) {
            if (c.first() > best.last() && c.first() - q.last() <= MAX_DISTANCE && !c.kind().equals(best.kind())
                    && auxBefore(doc, c) && !PlaceShapes.clauseBreak(doc, q.last() - 1, c.first())
                    && !figureBetween(s.quantities, q, set, q.last(), c.first())) {
                return c;
            }
        }
        return best;
    }

    /** "ont perdu 900 hommes, tues ou blesses": a list of states right after the figure's noun says what they are. */
    private static Match listAfterNoun(Quantity q, SentenceInfo s, Match best) {
        for (Match c : s.cues()) {
            if (c != best && MeasureLists.merged(c) && c.first() >= q.last() && c.first() - q.last() <= LIST_AFTER_NOUN
                    && !figureBetween(s.quantities, q, q.last(), c.first())) {
                return c;
            }
        }
        return best;
    }

    /** An auxiliary right before the cue, or opening it ("ont ete tues" read as one cue). */
    private boolean auxBefore(Doc doc, Match c) {
        return c.first() > 0 && predicateAux.contains(doc.toks.get(c.first() - 1).text())
                || c.last() - c.first() > 1 && predicateAux.contains(doc.toks.get(c.first()).text());
    }

    /**
     * "At least 31 soldiers and three army auxiliaries were killed": figures joined by "and" or a comma share
     * the verb after the last of them, when no clause ends in between.
     */
    private boolean sharedVerb(Doc doc, Quantity q, Match cue, SentenceInfo s) {
        return sharedVerb(doc, q, cue, s, false);
    }

    /** "110 rebelles, 32 loyalistes et sept civils ont ete tues": a list closed by "et" before its verb shares it. */
    private boolean closedList(Doc doc, Quantity q, Match cue, SentenceInfo s) {
        Quantity last = null;
        for (Quantity o : s.quantities) {
            last = o != q && o.first() >= q.last() && o.first() < cue.first() ? o : last;
        }
        int k = last == null ? 0 : doc.tokenAt(last.start());
        return k > 0 && listJoin.contains(doc.toks.get(k - 1).text()) && sharedVerb(doc, q, cue, s, true);
    }

    /** list: commas may separate the figures of a list ("37 hostages, a guard and 29 attackers were killed"). */
    boolean sharedVerb(Doc doc, Quantity q, Match cue, SentenceInfo s, boolean list) {
        if (list ? punctuated(doc, q.last() - 1, cue.first()) : PlaceShapes.clauseBreak(doc, q.last() - 1, cue.first())) {
            return false;
        }
        Quantity lastBetween = null;
        for (Quantity o : s.quantities) {
            if (o != q && o.first() >= q.last() && o.first() < cue.first()) {
                int k = doc.tokenAt(o.start());
                String gap = k > 0 ? doc.gap(k - 1, k) : "";
                if (!joined(doc, k, gap)) {
                    return false;
                }
                lastBetween = o;
            }
        }
        return lastBetween != null && cue.first() - lastBetween.last() <= SHARED_VERB_REACH;
    }

    /**
     * "would include 3,000 border guards, 3,500 servicemen and 2,000 police officers": a cue right before the
     * first figure of a list joined by commas and "and" holds for each figure of the list.
     */
    private boolean sharedObject(Doc doc, Quantity q, Match cue, SentenceInfo s) {
        for (Match other : s.cues()) {
            if (other != cue && other.first() >= cue.last() && other.first() < q.first()) {
                return false; // "900 personnes ont ete interpellees, trois ont ete tuees, et 80 policiers": verbs of their own
            }
        }
        boolean first = false;
        for (Quantity o : s.quantities) {
            if (o.last() <= cue.first() && cue.first() - o.last() <= 1) {
                return false; // "10 fatalities, 29 injuries": the cue is the noun of the figure before it
            }
        }
        for (Quantity o : s.quantities) {
            if (o.first() < cue.last() || o.first() > q.first()) {
                continue;
            }
            int k = doc.tokenAt(o.start());
            if (k == cue.last()) {
                first = true;
            } else if (!first || !joined(doc, k, doc.gap(k - 1, k)) || punctuated(doc, cue.last(), k)) {
                return false;
            }
        }
        return first;
    }

    /** A figure at token k that opens with a comma or a list's joining word ("and", "et", "et de"). */
    private boolean joined(Doc doc, int k, String gap) {
        if (k <= 0) {
            return false;
        }
        String word = doc.toks.get(k - 1).text();
        if (listOf.contains(word) && k > 1) {
            word = doc.toks.get(k - 2).text(); // "neuf policiers et de trois gardes civils blesses"
        }
        return gap.contains(",") || listJoin.contains(word);
    }

    /**
     * "17 personnes qui se trouvaient dans les environs ont ete blessees": the verb of a relative clause right
     * after the figure's noun describes the people; the clause's own verb comes after it.
     */
    private boolean inRelative(Doc doc, Quantity q, Match c) {
        int k = c.first() - 1;
        while (k > q.last() && clitics.contains(doc.toks.get(k).text())) {
            k--;
        }
        if (k < q.last() || k - q.last() > RELATIVE_REACH || !relative.contains(doc.toks.get(k).text())) {
            return false; // asked for every cue of every figure: the cleft below is looked up only after a relative
        }
        int start = doc.tokenAt(q.start()); // "ce sont 300 personnes qui ont ete tuees": the relative clause is the predicate
        return start == 0 || lex.quantities.endingAt("cleft", doc.toks, start, Math.max(0, start - 3), doc.folded) == null;
    }

    /**
     * "Entre 500 et 600 personnes, selon les syndicats, se sont rassemblees", "Quatre manifestants et le commissaire,
     * qui a recu un coup, ont ete blesses": words set off by two commas between the figure and its verb are an aside;
     * its length in tokens, or 0 when there is none (or more than one comma pair, or a stop, in between).
     */
    private int aside(Doc doc, int lo, int hi) {
        int open = -1;
        int close = -1;
        for (int k = lo; k <= hi; k++) {
            if (doc.punctuationBetween(k - 1, k, ",")) { // read in place: this runs for each figure and cue after it
                if (open < 0) {
                    open = k;
                } else if (close < 0) {
                    close = k;
                } else {
                    return 0;
                }
            } else if (doc.punctuationBetween(k - 1, k, ";:.()")) {
                return 0;
            }
        }
        if (close < 0 || hi - close > ASIDE_TO_VERB || !verbOpeners.contains(doc.toks.get(close).text())) {
            return 0; // "..., tue par un policier": a participle after the aside qualifies a noun, no verb of the figure
        }
        return close - open;
    }

    /** An aside between two dashes in tokens [lo, hi]: its first token and the token after it, else null. */
    private static int[] dashed(Doc doc, int lo, int hi) {
        int open = -1;
        for (int k = Math.max(lo, 1); k <= hi && k < doc.toks.size(); k++) {
            boolean spaced = doc.toks.get(k).start() - doc.toks.get(k - 1).end() >= 2; // a hyphen inside a name has none
            if (spaced && doc.punctuationBetween(k - 1, k, "-\u2013\u2014")) { // read in place: runs per figure and cue
                if (open >= 0) {
                    return new int[] {open, k};
                }
                open = k;
            }
        }
        return null;
    }

    /** The cue ends its clause: "et"/"and" right after it opens the next one, before the figure at hi. */
    private boolean conjunctionAfter(Doc doc, Match c, int hi) {
        int k = c.last();
        return k < hi && listJoin.contains(doc.toks.get(k).text());
    }

    /** "Killed: 47; injured: 112": a cue followed by a colon labels the figure after it, like a table's head. */
    private static boolean labelled(Doc doc, Match cue) {
        return cue.last() < doc.toks.size() && doc.gap(cue.last() - 1, cue.last()).strip().equals(":");
    }

    /** A stop, semicolon, colon or bracket: more than the commas of a list. */
    private static boolean punctuated(Doc doc, int i, int j) {
        return doc.punctuationBetween(i, j, ";:(.");
    }


    /** The figure a partitive takes q's people from ("six des 40 otages": 40 for six), or null. */
    Quantity partitiveSet(Doc doc, Quantity q, SentenceInfo s) {
        Match m = q.last() < s.to ? lex.quantities.at("partitive", doc.toks, q.last(), s.to, doc.folded) : null;
        if (m != null) {
            for (Quantity o : s.quantities) {
                if (o != q && (o.first() == m.last() || doc.tokenAt(o.start()) == m.last())) {
                    return o;
                }
            }
        }
        return null;
    }

    /** q is the set a partitive takes a part from: what happened to the part is not what happened to all. */
    boolean partitiveWhole(Doc doc, Quantity q, SentenceInfo s) {
        for (Quantity o : s.quantities) {
            if (o != q && o.last() <= q.first() && q.first() - o.last() <= 3 && partitiveSet(doc, o, s) == q) {
                return true;
            }
        }
        return false;
    }

    /** "... and killed about 300": a cue after a joining word, with a figure of its own right after it. */
    private boolean opensClause(Doc doc, Match c, SentenceInfo s) {
        if (c.first() <= s.from || !listJoin.contains(doc.toks.get(c.first() - 1).text())) {
            return false;
        }
        return figureAt(doc, s, c.last(), 1);
    }

    /** A figure whose words (qualifier included) start at token at, or up to reach tokens after it. */
    static boolean figureAt(Doc doc, SentenceInfo s, int at, int reach) {
        for (Quantity o : s.quantities) {
            int start = doc.tokenAt(o.start());
            if (start >= at && start - at <= reach || o.first() == at) {
                return true;
            }
        }
        return false;
    }

    /** "Russia released 90 Ukrainian soldiers": a release verb before the figure makes its people captives. */
    static boolean released(Lexicons lex, Doc doc, Quantity q, SentenceInfo s) {
        int qualStart = Math.max(s.from, doc.tokenAt(q.start()));
        return lex.quantities.endingAt("freeverb", doc.toks, qualStart, s.from, doc.folded) != null
                || lex.quantities.endingAt("freeverb", doc.toks, q.first(), s.from, doc.folded) != null;
    }

    static boolean figureBetween(List<Quantity> all, Quantity self, int lo, int hi) {
        return figureBetween(all, self, null, lo, hi);
    }

    /** also: a figure that does not count (the set of a partitive, part of the figure's own noun phrase), or null. */
    static boolean figureBetween(List<Quantity> all, Quantity self, Quantity also, int lo, int hi) {
        for (Quantity o : all) {
            if (o != self && o != also && !o.part() && o.first() >= lo && o.first() < hi) {
                return true;
            }
        }
        return false;
    }

    /** A verb cue right before the figure and its qualifier: "and displaced more than 293,000". */
    static boolean cueRightBefore(Quantity q, int qualStart, SentenceInfo s) {
        for (Match c : s.cues()) {
            if (c.last() == qualStart || c.last() == q.first()) {
                return true;
            }
        }
        return false;
    }

    /** A measure cue right after the figure, across auxiliaries ("1 100 ont ete tues", "were killed"). */
    static boolean cueFollows(Quantity q, SentenceInfo s) {
        for (Match c : s.cues()) {
            if (c.first() >= q.last() && c.first() - q.last() <= 3) {
                return true;
            }
        }
        return false;
    }
}
