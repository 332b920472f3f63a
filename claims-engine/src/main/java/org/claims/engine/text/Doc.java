package org.claims.engine.text;

import java.util.List;

/** An article body with its folded copy and tokens; all offsets are the body's. */
public final class Doc {
    public final String body;
    public final String folded;
    public final List<Token> toks;

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

    public String gap(int fromTok, int toTok) {
        return folded.substring(toks.get(fromTok).end(), toks.get(toTok).start());
    }

    public String text(int fromTok, int toTok) {
        return body.substring(toks.get(fromTok).start(), toks.get(toTok - 1).end());
    }

    public boolean capitalized(int tok) {
        return Character.isUpperCase(body.charAt(toks.get(tok).start()));
    }
}
