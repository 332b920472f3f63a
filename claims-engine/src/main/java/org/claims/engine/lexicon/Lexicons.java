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
    private final Map<String, Entry> numberWords = new HashMap<>();

    public Lexicons(Path extraGazetteer) {
        List<Entry> gaz = new ArrayList<>(LexiconFile.resource("gazetteer.tsv"));
        if (extraGazetteer != null) {
            gaz.addAll(LexiconFile.file(extraGazetteer));
        }
        gazetteer = new KindedLexicon(gaz, k -> k.equals("place") || k.equals("capital") ? "place"
                : Set.of("acronym", "locative", "notplace", "placeref").contains(k) ? k : "speaker");
        quantities = new KindedLexicon(LexiconFile.resource("quantities.tsv"));
        subjects = new KindedLexicon(LexiconFile.resource("subjects.tsv"),
                k -> k.equals("nationality") || k.equals("phrase") ? k : "noun");
        cues = new KindedLexicon(LexiconFile.resource("cues.tsv"),
                k -> k.equals("hedge") || k.equals("future") ? k : "measure");
        attribution = new KindedLexicon(LexiconFile.resource("attribution.tsv"),
                k -> Set.of("aux", "stop", "adverb", "passive").contains(k) ? k : "marker");
        dates = new KindedLexicon(LexiconFile.resource("dates.tsv"), k -> "date");
        for (Entry e : LexiconFile.resource("numbers.tsv")) {
            numberWords.put(e.words()[0], e);
        }
    }

    /** Known places among tokens [from, to), without common words that only look like one ("le nord"). */
    public List<Match> places(Doc doc, int from, int to) {
        return CasedPlaces.keep(doc, gazetteer.findAll("place", doc.toks, from, to, doc.folded));
    }

    /** The number-word entry for a folded token, or null. */
    public Entry numberWord(String token) {
        return numberWords.get(token);
    }
}
