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
            boolean tight = !out.isEmpty() && tightGap(folded, out.get(out.size() - 1).end(), s);
            out.add(new Token(s, i, folded.substring(s, i), tight));
        }
        return out;
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

    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !Character.isSurrogate(c);
    }
}
