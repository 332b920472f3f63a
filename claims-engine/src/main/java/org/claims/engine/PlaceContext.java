package org.claims.engine;

import java.util.List;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.lexicon.PlaceCountries;
import org.claims.engine.text.Doc;
import org.claims.model.Claim;

/**
 * The places named so far, for claims whose own sentence names none. Within a paragraph a sentence that
 * names no place goes on talking about the last place named ("Des combats ont eu lieu a Pokrovsk. Au moins
 * 12 civils ont ete tues"); a new paragraph may change the scene, so beyond it only words that point back at
 * a place ("la ville", "the country", "sur place") take the last one.
 */
final class PlaceContext {
    private final Doc doc;
    private final Lexicons lex;
    private final LocationFinder locations;
    private final PlaceCountries countries;
    private Claim.Location inParagraph;
    private int paragraphSentence = -1;
    private Claim.Location inArticle;
    private Claim.Location only;
    private boolean onlyRead;
    private Claim.Location filedAt;
    /** The last usable place of each sentence read so far, as only() reads them. */
    private final List<Claim.Location> read = new java.util.ArrayList<>();

    PlaceContext(Doc doc, Lexicons lex, LocationFinder locations) {
        this.doc = doc;
        this.lex = lex;
        this.locations = locations;
        this.countries = locations.countries();
    }

    /** Called for each sentence in order, after its claims: remembers its last usable place. */
    void after(SentenceInfo s, int index, Claim.Location lastCapital) {
        Claim.Location last = locations.lastUsable(doc, s, lastCapital);
        if (index == read.size()) {
            read.add(lastCapital == null ? last : locations.lastUsable(doc, s, null)); // kept for only()
        }
        if (last != null && inArticle != null && !last.name().equals(inArticle.name())
                && last.name().equals(countries.of(inArticle.name()))) {
            last = inArticle; // "... city of Peshawar. ... close to Pakistan's tribal areas": the scene's country keeps it
        }
        if (last != null) {
            inParagraph = last;
            paragraphSentence = index;
            inArticle = last;
        }
    }

    /** Called before sentence s when a paragraph ends between it and the sentence before. */
    void newParagraph() {
        inParagraph = null;
        paragraphSentence = -1;
    }

    /** Index of the sentence that gave the paragraph's place, -1 when there is none. */
    int paragraphSentence() {
        return paragraphSentence;
    }

    /** The place a sentence without one inherits: its paragraph's, else the article's when it points back. */
    Claim.Location inherited(SentenceInfo s) {
        if (inParagraph != null) {
            return inParagraph;
        }
        boolean pointsBack = !lex.gazetteer.findAll("placeref", doc.toks, s.from, s.to, doc.folded).isEmpty();
        return pointsBack ? inArticle : null;
    }

    /**
     * The scene of the article so far, for a claim that nothing nearer places: news keeps to one scene unless
     * it names another, so the place named last before the claim.
     */
    Claim.Location scene() {
        return inArticle;
    }

    /**
     * "The police gave an estimate of 60,000 ... The unrest in Hong Kong": an article naming one place only, even
     * after its figures, is about that place. Read once per article, when a claim first needs it.
     */
    Claim.Location only(List<SentenceInfo> infos) {
        if (!onlyRead) {
            onlyRead = true;
            filedAt = infos.isEmpty() ? null : PlaceShapes.datelinePlace(doc, infos.get(0));
            for (int i = 0; i < infos.size(); i++) {
                Claim.Location p = i < read.size() ? read.get(i) : locations.lastUsable(doc, infos.get(i), null);
                if (p != null && only != null && !only.name().equals(p.name())) {
                    only = null;
                    break;
                }
                only = p != null ? p : only;
            }
        }
        return only != null ? only : filedAt; // a local story is about the place it was filed from
    }

    /** The scene so far, else the dateline's place: finer than a country the headline names. */
    Claim.Location sceneOrFiled(List<SentenceInfo> infos) {
        if (inArticle != null) {
            return inArticle;
        }
        only(infos);
        return filedAt;
    }

    /** A line break between two sentences ends a paragraph. */
    static boolean paragraphBreak(Doc doc, SentenceInfo before, SentenceInfo s) {
        for (int i = before.span.end(); i < s.span.start(); i++) {
            char c = doc.body.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
                return true;
            }
        }
        return false;
    }
}
