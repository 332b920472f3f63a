package org.claims.engine.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pack's words.tsv: the one-word lists the rules test a token against (titles, articles, locatives...),
 * by kind. Lookups are plain hash-set lookups, as the Java constants they replace were.
 */
public final class Words {
    private final Map<String, Set<String>> byKind = new HashMap<>();
    private final Map<String, String> raw = new HashMap<>();

    Words(String name, List<Entry> entries, Set<String> declared) {
        Map<String, java.util.HashSet<String>> sets = new HashMap<>();
        for (String k : declared) {
            sets.put(k, new java.util.HashSet<>());
            raw.put(k, "");
        }
        for (Entry e : entries) {
            if (e.words().length != 1 || e.prefixLast()) {
                throw new IllegalStateException(name + ": '" + e.pattern() + "' (" + e.kind() + ") must be one word");
            }
            sets.get(e.kind()).add(e.words()[0]);
            raw.merge(e.kind(), e.pattern(), String::concat);
        }
        sets.forEach((k, s) -> byKind.put(k, Set.copyOf(s)));
    }

    /** The folded words of a kind; empty when the pack lists none. */
    public Set<String> of(String kind) {
        Set<String> s = byKind.get(kind);
        if (s == null) {
            throw new IllegalStateException("words.tsv declares no kind '" + kind + "'");
        }
        return s;
    }

    /** The patterns of a kind as written, unfolded and run together (accented letters). */
    public String written(String kind) {
        of(kind);
        return raw.get(kind);
    }
}
