package org.claims.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentence boundaries: newlines always end a sentence (news bodies put headlines, captions and
 * paragraphs on their own lines); a final stop ends one when the next word starts like a sentence, unless
 * the word before the stop is a known abbreviation or an initial ("M.", "Dec.", "U.S.").
 */
public final class SentenceSplitter {
    private final Set<String> abbreviations;

    /** abbreviations: folded words that a stop does not end ("m", "dr", "dec"). */
    public SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    public List<Span> split(String body) {
        List<Span> out = new ArrayList<>();
        int n = body.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
                add(body, start, i, out);
                start = i + 1;
            } else if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                int j = i + 1;
                while (j < n) {
                    int k = j;
                    while (k < n && isInlineSpace(body.charAt(k))) {
                        k++; // French typography puts a space before the closing guillemet
                    }
                    if (k < n && isCloser(body.charAt(k)) && (k == j || body.charAt(k) == '\u00bb')) {
                        j = k + 1;
                    } else {
                        break;
                    }
                }
                if (isBoundary(body, i, j)) {
                    add(body, start, j, out);
                    start = j;
                    i = j - 1;
                }
            }
        }
        add(body, start, n, out);
        return out;
    }

    private static boolean isInlineSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\u2009';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u00bb' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']'
                || c == '.' || c == '!' || c == '?';
    }

    private boolean isBoundary(String body, int stop, int after) {
        int n = body.length();
        if (after >= n) {
            return true;
        }
        if (!Character.isWhitespace(body.charAt(after))) {
            return glued(body, stop, after);
        }
        int k = after;
        while (k < n && (body.charAt(k) == ' ' || body.charAt(k) == '\t' || body.charAt(k) == '\u00a0')) {
            k++;
        }
        if (k >= n) {
            return true;
        }
        char next = body.charAt(k);
        boolean sentenceStart = Character.isUpperCase(next) || Character.isDigit(next) || next == '"'
                || next == '\u00ab' || next == '\u201c' || next == '-' || next == '\u2014' || next == '\n'
                || next == '\r' || next == '(' || next == '[';
        if (!sentenceStart) {
            return false;
        }
        return body.charAt(stop) != '.' || !abbreviationBefore(body, stop);
    }

    /**
     * "etabli jeudi.Un precedent bilan": pages that lost a space after the stop. Only a lower-case word of three
     * letters or more before the stop and a capitalised word after it (so "U.S.", "e.g." and domains stay whole).
     */
    private boolean glued(String body, int stop, int after) {
        int n = body.length();
        if (body.charAt(stop) != '.' || after + 1 >= n || !Character.isUpperCase(body.charAt(after))
                || !Character.isLowerCase(body.charAt(after + 1))) {
            return false;
        }
        int letters = 0;
        for (int k = stop - 1; k >= 0 && Character.isLetter(body.charAt(k)); k--) {
            if (!Character.isLowerCase(body.charAt(k))) {
                return false;
            }
            letters++;
        }
        return letters >= 3 && !abbreviationBefore(body, stop);
    }

    private boolean abbreviationBefore(String body, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(body.charAt(s - 1))) {
            s--;
        }
        if (s == dot) {
            return false;
        }
        String word = Folding.fold(body.substring(s, dot));
        if (word.length() == 1 && Character.isUpperCase(body.charAt(s))) {
            return true; // an initial, or the end of "U.S."
        }
        return abbreviations.contains(word);
    }

    private static void add(String body, int s, int e, List<Span> out) {
        while (s < e && Character.isWhitespace(body.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Span(s, e));
        }
    }
}
