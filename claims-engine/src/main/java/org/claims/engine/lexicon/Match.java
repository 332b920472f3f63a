package org.claims.engine.lexicon;

/** A lexicon entry found over tokens [first, last) of the article. */
public record Match(int first, int last, Entry entry) {
    public String kind() {
        return entry.kind();
    }

    public String value() {
        return entry.value();
    }
}
