package org.claims.engine.text;

/** A run of letters or digits: offsets into the body, text from the folded copy. */
public record Token(int start, int end, String text) {
    public boolean isDigits() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }
}
