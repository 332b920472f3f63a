package org.claims.engine;

import java.util.Set;
import org.claims.engine.lexicon.Match;
import org.claims.engine.lexicon.Words;
import org.claims.engine.text.Doc;

/**
 * A part of a place named before it ("eastern Ukraine", "central Mali", "l'est de l'Ukraine", "le nord-est du
 * Nigeria"): the location keeps the place's name and its words include the part, which says where more precisely.
 */
final class PlaceParts {
    private final Set<String> parts;
    private final Set<String> articles;
    private final Set<String> of;

    PlaceParts(Words words) {
        this.parts = words.of("placepart");
        this.articles = words.of("article");
        this.of = words.of("placepartof");
    }

    /** The first token of the place's words with the part before it, or the place's own first token. */
    int start(Doc doc, Match p) {
        int k = p.first() - 1;
        if (k > 0 && articles.contains(doc.toks.get(k).text()) && of.contains(doc.toks.get(k - 1).text())) {
            k--; // "de l'Ukraine"
        }
        boolean linked = k > 0 && of.contains(doc.toks.get(k).text());
        if (linked) {
            k--; // "the east of", "l'est du"
        }
        if (k < 0 || !parts.contains(doc.toks.get(k).text()) || doc.punctuationBetween(k, p.first(), ",.;:()\"")) {
            return p.first();
        }
        if (k > 0 && parts.contains(doc.toks.get(k - 1).text())) {
            k--; // "nord-est", "north-eastern"
        }
        return linked && k > 0 && articles.contains(doc.toks.get(k - 1).text()) ? k - 1 : k;
    }
}
