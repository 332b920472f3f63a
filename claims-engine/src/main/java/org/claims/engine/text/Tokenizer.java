package org.claims.engine.text;

import java.util.ArrayList;
import java.util.List;

/** Splits folded text into letter-or-digit runs; everything else (hyphens, apostrophes, quotes) separates. */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokenize(String folded) {
        List<Token> out = new ArrayList<>(folded.length() / 5 + 4);
        int n = folded.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(folded.charAt(i))) {
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
