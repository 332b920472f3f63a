package org.claims.engine;

import java.util.List;
import java.util.Set;
import org.claims.engine.lexicon.LanguagePacks;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.text.Folding;

/**
 * Tells the language of a text by counting each pack's function words (words.tsv kind stopword) and letters
 * only that language writes (kind accent) over the first few thousand characters.
 */
public final class LanguageDetector {
    private static final int SAMPLE = 4000;
    private final List<Lexicons> packs;
    private final List<Set<String>> stopwords;
    private final List<String> accents;

    /** packs: in the order of languages.tsv; the first one wins ties and texts with no clue. */
    LanguageDetector(List<Lexicons> packs) {
        this.packs = packs;
        this.stopwords = packs.stream().map(p -> p.words.of("stopword")).toList();
        this.accents = packs.stream().map(p -> p.words.written("accent")).toList();
    }

    /** Holds the built-in packs' detector, loaded on first use only by callers of the static method. */
    private static final class BuiltIn {
        static final LanguageDetector DETECTOR = new LanguageDetector(LanguagePacks.builtIn(null).all());
    }

    /**
     * The code of the built-in pack a text reads as ("fr" when nothing tells).
     *
     * @deprecated loads the packs a second time; use {@link ClaimExtractor#detectLanguage(String)}.
     */
    @Deprecated
    public static String detect(String text) {
        return BuiltIn.DETECTOR.candidates(text).get(0).code;
    }

    /**
     * The packs a text may be in: the one that scores best, or all those tied for best (in pack order) when
     * the text says too little ("Twelve people were arrested near Place de la Republique" counts as much
     * French as English).
     */
    List<Lexicons> candidates(String text) {
        if (text == null || text.isEmpty()) {
            return packs;
        }
        String s = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        int[] score = new int[packs.size()];
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            char lower = Character.toLowerCase(c);
            for (int p = 0; p < score.length; p++) {
                score[p] += accents.get(p).indexOf(lower) >= 0 ? 1 : 0;
            }
            if (Character.isLetter(c)) {
                word.append(Folding.fold(c));
                continue;
            }
            if (word.length() > 0) {
                String w = word.toString();
                for (int p = 0; p < score.length; p++) {
                    score[p] += stopwords.get(p).contains(w) ? 2 : 0;
                }
                word.setLength(0);
            }
        }
        int best = java.util.Arrays.stream(score).max().orElse(0);
        List<Lexicons> out = new java.util.ArrayList<>(1);
        for (int p = 0; p < score.length; p++) {
            if (score[p] == best) {
                out.add(packs.get(p));
            }
        }
        return out;
    }
}
