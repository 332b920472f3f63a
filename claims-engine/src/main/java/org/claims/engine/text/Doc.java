package org.claims.engine.text;

import java.util.List;

/** An article body with its folded copy and tokens; all offsets are the body's. */
public final class Doc {
    public final String body;
    public final String folded;
    public final List<Token> toks;
    /** Tokens that open a weekday, marked by the day pass before sources are read (a source's words end there). */
    private final java.util.BitSet weekdays = new java.util.BitSet();
    private final java.util.BitSet titleDots = new java.util.BitSet();

    public Doc(String body) {
        this.body = body;
        this.folded = Folding.fold(body);
        this.toks = Tokenizer.tokenize(folded);
    }

    /** Index of the first token starting at or after offset. */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** True when the characters between two offsets are only spaces (and quotes when quotesToo). */
    public boolean blankBetween(int from, int to, boolean quotesToo) {
        for (int i = from; i < to; i++) {
            char c = folded.charAt(i);
            if (!(c == ' ' || c == '\t' || (quotesToo && (c == '"' || c == '\'')))) {
                return false;
            }
        }
        return true;
    }

    /** True when exactly the one character c separates tokens i and j (no substring made: this is asked often). */
    public boolean gapIs(int i, int j, char c) {
        int from = toks.get(i).end();
        return toks.get(j).start() - from == 1 && folded.charAt(from) == c;
    }

    public String gap(int fromTok, int toTok) {
        return folded.substring(toks.get(fromTok).end(), toks.get(toTok).start());
    }

    public String text(int fromTok, int toTok) {
        return body.substring(toks.get(fromTok).start(), toks.get(toTok - 1).end());
    }

    /** True when the text between tokens i and j (exclusive) holds any of the given punctuation marks. */
    public boolean punctuationBetween(int i, int j, String marks) {
        for (int k = Math.max(i, 0); k < j && k + 1 < toks.size(); k++) {
            for (int c = toks.get(k).end(); c < toks.get(k + 1).start(); c++) { // in place: no substring per pair
                if (marks.indexOf(folded.charAt(c)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Marks a title written short with its period ("M. Zelensky", "Dr. Tedros"): that period ends no clause. */
    public void markTitleDot(int tok) {
        titleDots.set(tok);
    }

    public boolean titleDotAt(int tok) {
        return titleDots.get(tok);
    }

    public void markWeekday(int tok) {
        weekdays.set(tok);
    }

    public boolean weekdayAt(int tok) {
        return weekdays.get(tok);
    }

    /** True when a token in [from, to) is one of the words (folded). */
    public boolean anyWordBetween(java.util.Set<String> words, int from, int to) {
        for (int k = Math.max(from, 0); k < to && k < toks.size(); k++) {
            if (words.contains(toks.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    public boolean capitalized(int tok) {
        return Character.isUpperCase(body.charAt(toks.get(tok).start()));
    }
}
