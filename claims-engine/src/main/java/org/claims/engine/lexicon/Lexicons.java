package org.claims.engine.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.claims.engine.text.Doc;

/**
 * One language pack: the data files of lang/&lt;code&gt;/ plus the shared multilingual gazetteer. Loaded once by
 * {@link LanguagePacks}; immutable afterwards and shared by all threads.
 */
public final class Lexicons {
    public final String code;
    public final KindedLexicon quantities;
    public final KindedLexicon gazetteer;
    public final KindedLexicon subjects;
    public final KindedLexicon cues;
    public final KindedLexicon attribution;
    public final KindedLexicon dates;
    public final KindedLexicon furniture;
    public final Words words;
    private final Map<String, Entry> numberWords = new HashMap<>();
    private final java.util.Set<String> titles;
    private final java.util.Set<String> venues;
    private final java.util.Set<String> articles;

    Lexicons(String code, KindedLexicon gazetteer, Schema schema, Function<String, List<Entry>> file) {
        this.code = code;
        this.gazetteer = gazetteer;
        Map<String, List<Entry>> read = new java.util.LinkedHashMap<>(); // read in this order, so errors come in it
        for (String name : List.of("quantities", "subjects", "cues", "attribution", "dates", "furniture", "words")) {
            read.put(name, file.apply(name));
        }
        words = new Words(code + "/words.tsv", read.get("words"), schema.kinds("words").keySet());
        Elisions elisions = new Elisions(read.get("words"));
        quantities = kinded(schema, "quantities", read, elisions);
        subjects = kinded(schema, "subjects", read, elisions);
        cues = kinded(schema, "cues", read, elisions);
        attribution = kinded(schema, "attribution", read, elisions);
        dates = kinded(schema, "dates", read, elisions);
        furniture = kinded(schema, "furniture", read, elisions);
        titles = words.of("title");
        venues = words.of("venue");
        articles = words.of("article");
        for (Entry e : file.apply("numbers")) {
            numberWords.put(e.words()[0], e);
        }
    }

    static KindedLexicon kinded(Schema schema, String name, Map<String, List<Entry>> read, Elisions elisions) {
        Map<String, Schema.Kind> kinds = schema.kinds(name);
        return new KindedLexicon(elisions.expand(read.get(name)), k -> kinds.get(k).group());
    }

    /** Known places among tokens [from, to), without common words that only look like one ("le nord"). */
    public List<Match> places(Doc doc, int from, int to) {
        List<Match> found = CasedPlaces.keep(doc, gazetteer.findAll("place", doc.toks, from, to, doc.folded), articles);
        List<Match> out = null;
        Boolean titled = null; // only asked when a place would be dropped
        for (int i = 0; i < found.size(); i++) {
            boolean drop = insideLongerName(doc, found.get(i), to) || endsPersonName(doc, found.get(i), from);
            if (drop && titled == null) {
                titled = titleCase(doc, from, to);
            }
            drop &= !Boolean.TRUE.equals(titled); // "Death Toll in Brazil Nightclub Fire": every word has a capital
            drop = drop || insideMediumName(doc, found.get(i), from, to) || namesVenue(doc, found.get(i), from);
            if (drop && out == null) {
                out = new ArrayList<>(found.subList(0, i));
            } else if (!drop && out != null) {
                out.add(found.get(i));
            }
        }
        return out == null ? found : out;
    }

    /**
     * "le president Juan Manuel Santos", "le president Santos": a one-word place after a title, or after two
     * capitalised words that are no place, day or speaker, is a surname, not a town.
     */
    private boolean endsPersonName(Doc doc, Match p, int from) {
        int a = p.first() - 2;
        if (p.last() - p.first() != 1 || p.first() <= from || !doc.capitalized(p.first())) {
            return false;
        }
        if (titles.contains(doc.toks.get(p.first() - 1).text())
                || p.first() - 2 >= from && titles.contains(doc.toks.get(p.first() - 2).text()) && doc.capitalized(p.first() - 1)
                && doc.gap(p.first() - 1, p.first()).equals(" ") && gazetteer.at("place", doc.toks, p.first() - 1, p.first(), doc.folded) == null) {
            return true; // "le president Santos", "security official Mohamed Hassan"
        }
        if (a <= from) {
            return false;
        }
        for (int k = a; k < p.first(); k++) {
            if (!doc.capitalized(k) || !doc.gap(k, k + 1).equals(" ") || doc.toks.get(k).isDigits()
                    || gazetteer.at("place", doc.toks, k, k + 1, doc.folded) != null
                    || gazetteer.at("speaker", doc.toks, k, k + 1, doc.folded) != null
                    || dates.at("date", doc.toks, k, k + 1, doc.folded) != null) {
                return false;
            }
        }
        return true;
    }

    /** Most words of the stretch start with a capital, as headlines in title case do. */
    private static boolean titleCase(Doc doc, int from, int to) {
        int words = 0;
        int capitals = 0;
        for (int i = from; i < to; i++) {
            if (doc.toks.get(i).text().length() > 3) {
                words++;
                capitals += doc.capitalized(i) ? 1 : 0;
            }
        }
        return words >= 4 && capitals * 4 >= words * 3;
    }

    /** "Agence France-Presse", "The Moscow Times": a place in a medium's name says nothing of where people are. */
    private boolean insideMediumName(Doc doc, Match p, int from, int to) {
        if (!(p.first() > from && doc.capitalized(p.first() - 1) || p.last() < to && doc.capitalized(p.last()))) {
            return false; // a name holds the place among other capitalised words: most places stand alone
        }
        for (int k = Math.max(from, p.first() - 2); k <= p.first(); k++) {
            Match m = gazetteer.at("speaker", doc.toks, k, to, doc.folded);
            if (m != null && m.kind().equals("source") && m.entry().extra().equals("media") && m.last() >= p.last()
                    && m.last() - m.first() > p.last() - p.first()) {
                return true;
            }
        }
        return false;
    }

    /** "pres de l'hotel Bristol", "the Hotel Bristol": a place's name right after a venue noun names the venue. */
    private boolean namesVenue(Doc doc, Match p, int from) {
        return p.first() > from && venues.contains(doc.toks.get(p.first() - 1).text())
                && doc.gap(p.first() - 1, p.first()).equals(" ") && doc.capitalized(p.first());
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
        if (doc.toks.get(next).isDigits()) { // "Paris 8", but not "in Naples 8,000": a digit group goes on
            boolean grouped = next + 1 < doc.toks.size() && doc.toks.get(next + 1).isDigits() && doc.toks.get(next + 1).text().length() == 3
                    && doc.toks.get(next + 1).start() - doc.toks.get(next).end() == 1;
            return doc.toks.get(next).text().length() == 1 && !grouped;
        }
        return doc.capitalized(next) && !venues.contains(doc.toks.get(next).text()) // "Manchester Arena" is in Manchester
                && gazetteer.at("place", doc.toks, next, to, doc.folded) == null
                && gazetteer.at("speaker", doc.toks, next, to, doc.folded) == null
                && dates.at("date", doc.toks, next, to, doc.folded) == null
                && !doc.toks.get(next).text().equals(doc.toks.get(next).text().toUpperCase(java.util.Locale.ROOT));
    }

    /** The number-word entry for a folded token, or null. */
    public Entry numberWord(String token) {
        return numberWords.get(token);
    }
}
