package org.claims.engine.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claims.engine.text.Folding;

/**
 * A pack's elided words (words.tsv kind {@code elision}: "de" written "d'" before a vowel, "que" written "qu'"): every
 * entry of the pack's other files that holds such a word is also matched with it elided, so "parle de" reads "parle
 * d'au moins 230" without a second line in the file. Done once at load; matching itself is unchanged.
 */
final class Elisions {
    /** A pattern holds at most a few elidable words; past that, variants would multiply for nothing. */
    private static final int MAX_ELIDED = 3;
    private final Map<String, String> elided = new HashMap<>();

    Elisions(List<Entry> words) {
        for (Entry e : words) {
            if (e.kind().equals("elision")) {
                elided.put(e.words()[0], Folding.fold(e.value()).strip());
            }
        }
    }

    List<Entry> expand(List<Entry> entries) {
        if (elided.isEmpty()) {
            return entries;
        }
        List<Entry> out = new ArrayList<>(entries);
        Set<String> seen = new HashSet<>();
        for (Entry e : entries) {
            seen.add(e.kind() + '\t' + String.join(" ", e.words()));
        }
        for (Entry e : entries) {
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < e.words().length && at.size() <= MAX_ELIDED; i++) {
                if (elided.containsKey(e.words()[i])) {
                    at.add(i);
                }
            }
            if (at.isEmpty() || at.size() > MAX_ELIDED) {
                continue;
            }
            for (int mask = 1; mask < 1 << at.size(); mask++) {
                String[] w = e.words().clone();
                for (int b = 0; b < at.size(); b++) {
                    if ((mask & 1 << b) != 0) {
                        w[at.get(b)] = elided.get(w[at.get(b)]);
                    }
                }
                if (seen.add(e.kind() + '\t' + String.join(" ", w))) {
                    out.add(new Entry(e.kind(), e.pattern(), w, e.prefixLast(), e.value(), e.extra()));
                }
            }
        }
        return out;
    }
}
