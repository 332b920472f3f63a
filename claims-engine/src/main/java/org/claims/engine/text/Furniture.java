package org.claims.engine.text;

import java.util.ArrayList;
import java.util.List;
import org.claims.engine.lexicon.KindedLexicon;

/**
 * Page furniture left in a body ("Nous recommandons : <another headline>", "Lire aussi", "Menu", "Avec AFP",
 * comment counters): sentences on such lines are dropped before anything is read from them, so a linked
 * headline never becomes a claim. Offsets are untouched; only which sentences are read changes.
 */
public final class Furniture {
    private final KindedLexicon lines;

    /** lines: kind "prefix" opens a furniture line, kind "line" is a whole furniture line. */
    public Furniture(KindedLexicon lines) {
        this.lines = lines;
    }

    public List<Span> content(Doc doc, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        int lineStart = -1;
        boolean furniture = false;
        for (Span s : spans) {
            int start = lineStart(doc.body, s.start());
            if (start != lineStart) {
                lineStart = start;
                furniture = isFurniture(doc, start, lineEnd(doc.body, s.start()));
            }
            if (!furniture) {
                out.add(s);
            }
        }
        return out.size() == spans.size() ? spans : out;
    }

    private boolean isFurniture(Doc doc, int start, int end) {
        int first = doc.tokenAt(start);
        int last = doc.tokenAt(end);
        if (first >= last) {
            return false;
        }
        if (lines.at("prefix", doc.toks, first, last, doc.folded) != null) {
            return true;
        }
        var whole = lines.at("line", doc.toks, first, last, doc.folded);
        return whole != null && whole.last() == last;
    }

    private static int lineStart(String body, int at) {
        int k = at;
        while (k > 0 && body.charAt(k - 1) != '\n' && body.charAt(k - 1) != '\r') {
            k--;
        }
        while (k < at && Character.isWhitespace(body.charAt(k))) {
            k++;
        }
        return k;
    }

    private static int lineEnd(String body, int at) {
        int k = at;
        while (k < body.length() && body.charAt(k) != '\n' && body.charAt(k) != '\r') {
            k++;
        }
        return k;
    }
}
