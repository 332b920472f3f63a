package org.claims.engine.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits folded text into letter-or-digit runs; everything else (hyphens, apostrophes, quotes) separates, but an
 * ampersand standing alone is a word (the packs read it as their "and").
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokenize(String folded) {
        List<Token> out = new ArrayList<>(folded.length() / 5 + 4);
        int n = folded.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(folded.charAt(i))) {
                if (folded.charAt(i) == '&' && (i == 0 || folded.charAt(i - 1) == ' ') && (i + 1 == n || folded.charAt(i + 1) == ' ')) {
                    out.add(new Token(i, i + 1, "&")); // "40 arrested & 12 hurt": a word joining clauses, as "and" does
                }
                i++;
                continue;
            }
            int s = i;
            while (i < n && isWordChar(folded.charAt(i))) {
                i++;
            }
            out.add(new Token(s, i, folded.substring(s, i)));
        }
        return out;
    }

    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !Character.isSurrogate(c);
    }
}
