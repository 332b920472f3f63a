package org.claims.engine.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.claims.engine.text.Token;

/**
 * Lexicon entries grouped into separately matched families, because the same words play different roles
 * ("de" opens a range and joins a figure to its noun; "Kiev" is a speaker and a place).
 */
public final class KindedLexicon {
    private final Map<String, PhraseMatcher> groups = new HashMap<>();

    public KindedLexicon(List<Entry> entries, Function<String, String> groupOfKind) {
        Map<String, List<Entry>> byGroup = new HashMap<>();
        for (Entry e : entries) {
            byGroup.computeIfAbsent(groupOfKind.apply(e.kind()), k -> new ArrayList<>()).add(e);
        }
        byGroup.forEach((g, list) -> groups.put(g, new PhraseMatcher(list)));
    }

    public Match at(String group, List<Token> toks, int i, int limit, String folded) {
        PhraseMatcher m = groups.get(group);
        return m == null || i < 0 || i >= limit ? null : m.at(toks, i, limit, folded);
    }

    /** The longest entry of the group whose last word is token end-1, looking back at most five words. */
    public Match endingAt(String group, List<Token> toks, int end, int floor, String folded) {
        PhraseMatcher m = groups.get(group);
        if (m == null) {
            return null;
        }
        Match best = null;
        for (int s = end - 1; s >= Math.max(floor, end - 5); s--) {
            Match c = m.at(toks, s, end, folded);
            if (c != null && c.last() == end) {
                best = c;
            }
        }
        return best;
    }

    public List<Match> findAll(String group, List<Token> toks, int from, int to, String folded) {
        PhraseMatcher m = groups.get(group);
        return m == null ? List.of() : m.findAll(toks, from, to, folded);
    }
}
