package org.claims.engine.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The language packs listed in lang/languages.tsv, each with its own files, all sharing one gazetteer (place
 * and organisation names cross languages). Adding a language is data only: a folder and a line.
 */
public final class LanguagePacks {
    /** Where the engine's own data lives on the classpath. */
    public static final String BUILT_IN = "/org/claims/engine/";
    /** Generated from open data; gazetteer.tsv, read after them, overrides their entries. */
    private static final List<String> GENERATED_PLACES = List.of("places-world.tsv", "places-capitals.tsv");
    private static final String PLACE_COUNTRIES = "place-countries.tsv";
    private final Map<String, Lexicons> packs = new LinkedHashMap<>();
    private final PlaceCountries countries;

    private LanguagePacks(String root, Path extraGazetteer) {
        Schema schema = new Schema(Schema.FILE, LexiconFile.lines(BUILT_IN + Schema.FILE));
        Map<String, Schema.Kind> gazKinds = schema.kinds("gazetteer");
        List<Entry> gaz = new ArrayList<>();
        for (String generated : GENERATED_PLACES) {
            if (LanguagePacks.class.getResource(root + generated) != null) {
                gaz.addAll(LexiconFile.resource(root + generated, gazKinds));
            }
        }
        countries = LanguagePacks.class.getResource(root + PLACE_COUNTRIES) == null ? PlaceCountries.none()
                : new PlaceCountries(root + PLACE_COUNTRIES, LexiconFile.lines(root + PLACE_COUNTRIES));
        gaz.addAll(LexiconFile.resource(root + "gazetteer.tsv", gazKinds));
        if (extraGazetteer != null) {
            gaz.addAll(LexiconFile.file(extraGazetteer, gazKinds));
        }
        for (Entry e : gaz) {
            if (e.kind().equals("place") && e.extra().equals("capital")) {
                countries.capital(e.value());
            }
        }
        KindedLexicon gazetteer = new KindedLexicon(gaz, k -> gazKinds.get(k).group());
        for (String code : codes(root + "lang/languages.tsv")) {
            String dir = root + "lang/" + code + "/";
            packs.put(code, new Lexicons(code, gazetteer, schema,
                    name -> LexiconFile.resource(dir + name + ".tsv", schema.kinds(name))));
        }
    }

    /** The engine's own packs, with an optional user gazetteer (null for none). */
    public static LanguagePacks builtIn(Path extraGazetteer) {
        return new LanguagePacks(BUILT_IN, extraGazetteer);
    }

    /** Packs under another classpath folder laid out like the built-in one (root ends with '/'). */
    public static LanguagePacks load(String root, Path extraGazetteer) {
        return new LanguagePacks(root, extraGazetteer);
    }

    private static List<String> codes(String resource) {
        List<String> codes = new ArrayList<>();
        List<String> lines = LexiconFile.lines(resource);
        for (int n = 1; n <= lines.size(); n++) {
            String code = lines.get(n - 1).trim();
            if (code.isEmpty() || code.startsWith("#")) {
                continue;
            }
            if (!code.matches("[a-z]{2,3}") || codes.contains(code)) {
                throw new IllegalStateException(resource + " line " + n + ": '" + code
                        + "' is not a new language code (two or three lower-case letters)");
            }
            codes.add(code);
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException(resource + " lists no language");
        }
        return codes;
    }

    /** The packs in the order of languages.tsv; the first is the fallback. */
    public List<Lexicons> all() {
        return List.copyOf(packs.values());
    }

    public List<String> codes() {
        return List.copyOf(packs.keySet());
    }

    /** The country of each known place, shared by every pack. */
    public PlaceCountries countries() {
        return countries;
    }

    /** The pack of a registered code, or null. */
    public Lexicons pack(String code) {
        return packs.get(code);
    }
}
