package org.claims.engine.lexicon;

/**
 * One line of a lexicon file: {@code kind<TAB>pattern<TAB>value<TAB>extra}. The pattern is folded and
 * split into words like the text; a trailing {@code *} makes its last word a prefix ("ukrainien*").
 */
public record Entry(String kind, String pattern, String[] words, boolean prefixLast, String value, String extra) {

    public int length() {
        return words.length;
    }

    public long longValue() {
        return Long.parseLong(value.trim());
    }
}
