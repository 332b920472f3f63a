package org.claims.engine.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claims.engine.text.Token;

/**
 * Finds lexicon phrases over tokens by a hash lookup on the first word and then the second, so the cost per
 * token does not grow with the size of the lexicon (many entries share a first word: "la", "ministere").
 * Later entries with the same kind and pattern replace earlier ones, which is how a user gazetteer overrides
 * the built-in one; of two entries of the same length that fit, the later one wins.
 */
public final class PhraseMatcher {
    private static final int LETTERS = 26;

    /** An entry and its place in the lexicon, which settles ties between entries of the same length. */
    private record Cand(Entry entry, int order) {
    }

    /** Entries sharing a first word: one-word ones and those whose second word is a prefix, then by second word. */
    private static final class Bucket {
        final List<Cand> rest = new ArrayList<>(1);
        final Map<String, List<Cand>> bySecond = new HashMap<>();
    }

    private final Map<String, Bucket> byFirst = new HashMap<>();
    /** One-word prefix entries ("ukrainien*") by their first two letters, so a token checks only a handful. */
    @SuppressWarnings("unchecked")
    private final List<Entry>[] prefixByStart = new List[LETTERS * LETTERS];
    private final List<Entry> prefixOther = new ArrayList<>();
    /** Most families have no prefix entries: they skip that look-up (it ran for every token they do not know). */
    private boolean anyPrefix;

    public PhraseMatcher(Collection<Entry> entries) {
        Map<String, Entry> unique = new LinkedHashMap<>();
        for (Entry e : entries) {
            String key = e.kind() + '|' + String.join(" ", e.words()) + (e.prefixLast() ? "*" : "");
            unique.remove(key);
            unique.put(key, e);
        }
        int order = 0;
        for (Entry e : unique.values()) {
            order++;
            if (e.prefixLast() && e.words().length == 1) {
                anyPrefix = true;
                int k = start(e.words()[0]);
                if (k >= 0) {
                    if (prefixByStart[k] == null) {
                        prefixByStart[k] = new ArrayList<>(2);
                    }
                    prefixByStart[k].add(e);
                } else {
                    prefixOther.add(e);
                }
            } else {
                Bucket b = byFirst.computeIfAbsent(e.words()[0], k -> new Bucket());
                Cand c = new Cand(e, order);
                if (e.words().length == 1 || (e.words().length == 2 && e.prefixLast())) {
                    b.rest.add(c);
                } else {
                    b.bySecond.computeIfAbsent(e.words()[1], k -> new ArrayList<>(1)).add(c);
                }
            }
        }
    }

    /** The longest entry starting at token i (ending before token limit), or null. */
    public Match at(List<Token> toks, int i, int limit, String folded) {
        Entry best = null;
        Bucket bucket = byFirst.get(toks.get(i).text());
        if (bucket != null) {
            Cand c = longest(bucket.rest, null, toks, i, limit, folded);
            if (i + 1 < limit) {
                c = longest(bucket.bySecond.get(toks.get(i + 1).text()), c, toks, i, limit, folded);
            }
            best = c == null ? null : c.entry();
        }
        if (best == null && anyPrefix) {
            String t = toks.get(i).text();
            int k = start(t);
            best = prefixed(k >= 0 ? prefixByStart[k] : null, t);
            best = best == null ? prefixed(prefixOther, t) : best;
        }
        return best == null ? null : new Match(i, i + best.length(), best);
    }

    private static Cand longest(List<Cand> cands, Cand best, List<Token> toks, int i, int limit, String folded) {
        if (cands == null) {
            return best;
        }
        for (Cand c : cands) {
            int len = c.entry().length();
            boolean better = best == null || len > best.entry().length()
                    || (len == best.entry().length() && c.order() > best.order());
            if (better && fits(c.entry(), toks, i, limit, folded)) {
                best = c;
            }
        }
        return best;
    }

    /** The bucket of a word's first two letters, or -1 when they are not both a to z. */
    private static int start(String w) {
        if (w.length() < 2) {
            return -1;
        }
        int a = w.charAt(0) - 'a';
        int b = w.charAt(1) - 'a';
        return a >= 0 && a < LETTERS && b >= 0 && b < LETTERS ? a * LETTERS + b : -1;
    }

    private static Entry prefixed(List<Entry> entries, String token) {
        if (entries != null) {
            for (int k = 0; k < entries.size(); k++) { // indexed: no iterator per token
                Entry e = entries.get(k);
                if (token.startsWith(e.words()[0])) {
                    return e;
                }
            }
        }
        return null;
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
