package org.claims.engine.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claims.engine.text.Doc;

/** Every data file of the engine, loaded once; immutable afterwards and shared by all threads. */
public final class Lexicons {
    public final KindedLexicon quantities;
    public final KindedLexicon gazetteer;
    public final KindedLexicon subjects;
    public final KindedLexicon cues;
    public final KindedLexicon attribution;
    public final KindedLexicon dates;
    public final KindedLexicon furniture;
    private final Map<String, Entry> numberWords = new HashMap<>();

    public Lexicons(Path extraGazetteer) {
        List<Entry> gaz = new ArrayList<>(LexiconFile.resource("gazetteer.tsv"));
        if (extraGazetteer != null) {
            gaz.addAll(LexiconFile.file(extraGazetteer));
        }
        gazetteer = new KindedLexicon(gaz, k -> k.equals("place") || k.equals("capital") ? "place"
                : Set.of("acronym", "locative", "notplace", "placeref", "actorverb").contains(k) ? k : "speaker");
        quantities = new KindedLexicon(LexiconFile.resource("quantities.tsv"));
        subjects = new KindedLexicon(LexiconFile.resource("subjects.tsv"),
                k -> k.equals("nationality") || k.equals("phrase") ? k : "noun");
        cues = new KindedLexicon(LexiconFile.resource("cues.tsv"),
                k -> k.equals("hedge") || k.equals("future") ? k : "measure");
        attribution = new KindedLexicon(LexiconFile.resource("attribution.tsv"),
                k -> Set.of("aux", "stop", "adverb", "passive").contains(k) ? k : "marker");
        dates = new KindedLexicon(LexiconFile.resource("dates.tsv"), k -> "date");
        furniture = new KindedLexicon(LexiconFile.resource("furniture.tsv"));
        for (Entry e : LexiconFile.resource("numbers.tsv")) {
            numberWords.put(e.words()[0], e);
        }
    }

    /** Known places among tokens [from, to), without common words that only look like one ("le nord"). */
    public List<Match> places(Doc doc, int from, int to) {
        List<Match> found = CasedPlaces.keep(doc, gazetteer.findAll("place", doc.toks, from, to, doc.folded));
        List<Match> out = null;
        for (int i = 0; i < found.size(); i++) {
            boolean drop = insideLongerName(doc, found.get(i), to);
            if (drop && out == null) {
                out = new ArrayList<>(found.subList(0, i));
            } else if (!drop && out != null) {
                out.add(found.get(i));
            }
        }
        return out == null ? found : out;
    }

    /**
     * "Mexico Beach", "Europe 1", "Paris Saint-Germain": a place followed by a capitalised word that is no place,
     * day or month of its own is the start of another name.
     */
    private boolean insideLongerName(Doc doc, Match p, int to) {
        int next = p.last();
        if (next >= to || !doc.gap(next - 1, next).equals(" ") || !doc.capitalized(p.first())) {
            return false;
        }
        if (doc.toks.get(next).isDigits()) {
            return doc.toks.get(next).text().length() == 1;
        }
        return doc.capitalized(next) && gazetteer.at("place", doc.toks, next, to, doc.folded) == null
                && gazetteer.at("speaker", doc.toks, next, to, doc.folded) == null
                && dates.at("date", doc.toks, next, to, doc.folded) == null
                && !doc.toks.get(next).text().equals(doc.toks.get(next).text().toUpperCase(java.util.Locale.ROOT));
    }

    /** The number-word entry for a folded token, or null. */
    public Entry numberWord(String token) {
        return numberWords.get(token);
    }
}
