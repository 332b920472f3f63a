package org.claims.engine.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claims.engine.text.Token;

/**
 * Finds lexicon phrases over tokens by a hash lookup on the first word, so the cost per token does not
 * grow with the size of the lexicon. Later entries with the same kind and pattern replace earlier ones,
 * which is how a user gazetteer overrides the built-in one.
 */
public final class PhraseMatcher {
    private final Map<String, List<Entry>> byFirst = new HashMap<>();
    private final List<Entry> prefixFirst = new ArrayList<>();

    public PhraseMatcher(Collection<Entry> entries) {
        Map<String, Entry> unique = new LinkedHashMap<>();
        for (Entry e : entries) {
            String key = e.kind() + '|' + String.join(" ", e.words()) + (e.prefixLast() ? "*" : "");
            unique.remove(key);
            unique.put(key, e);
        }
        for (Entry e : unique.values()) {
            if (e.prefixLast() && e.words().length == 1) {
                prefixFirst.add(e);
            } else {
                byFirst.computeIfAbsent(e.words()[0], k -> new ArrayList<>()).add(e);
            }
        }
    }

    /** The longest entry starting at token i (ending before token limit), or null. */
    public Match at(List<Token> toks, int i, int limit, String folded) {
        Entry best = null;
        List<Entry> cands = byFirst.get(toks.get(i).text());
        if (cands != null) {
            for (Entry e : cands) {
                if ((best == null || e.length() >= best.length()) && fits(e, toks, i, limit, folded)) {
                    best = e;
                }
            }
        }
        for (Entry e : prefixFirst) {
            if (best == null && toks.get(i).text().startsWith(e.words()[0])) {
                best = e;
            }
        }
        return best == null ? null : new Match(i, i + best.length(), best);
    }

    /** Greedy longest non-overlapping matches over tokens [from, to). */
    public List<Match> findAll(List<Token> toks, int from, int to, String folded) {
        List<Match> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match m = at(toks, i, to, folded);
            if (m == null || overtaken(m, toks, to, folded)) {
                i++;
            } else {
                out.add(m);
                i = m.last();
            }
        }
        return out;
    }

    /** "le syndicat" gives way to "syndicat sud education", which starts inside it and reaches further. */
    private boolean overtaken(Match m, List<Token> toks, int to, String folded) {
        for (int k = m.first() + 1; k < m.last(); k++) {
            Match other = at(toks, k, to, folded);
            if (other != null && other.last() > m.last()) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(Entry e, List<Token> toks, int i, int limit, String folded) {
        String[] w = e.words();
        if (i + w.length > limit) {
            return false;
        }
        for (int k = 0; k < w.length; k++) {
            Token t = toks.get(i + k);
            boolean last = k == w.length - 1;
            boolean ok = last && e.prefixLast() ? t.text().startsWith(w[k]) : t.text().equals(w[k]);
            if (!ok || (k > 0 && !tightGap(folded, toks.get(i + k - 1).end(), t.start()))) {
                return false;
            }
        }
        return true;
    }

    /** Words of one phrase may be separated by spaces, hyphens, apostrophes or dots, never by a comma. */
    private static boolean tightGap(String folded, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int j = from; j < to; j++) {
            char c = folded.charAt(j);
            if (c != ' ' && c != '-' && c != '\'' && c != '.' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
