package org.claims.engine.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The country of each known place, from the generated place-countries.tsv (place TAB country, by canonical
 * name). A country is its own country; a place the file does not list (ambiguous, or spanning countries) has
 * none. A wrong line stops loading with the file and line, as every lexicon file does.
 */
public final class PlaceCountries {
    private final Map<String, String> countryOf = new HashMap<>();
    private final Set<String> countries = new HashSet<>();
    /** The capital of each country, from the gazetteer's places marked "capital". */
    private final Map<String, String> capitalOf = new HashMap<>();

    public PlaceCountries(String name, List<String> lines) {
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank() || countryOf.containsKey(cols[0])) {
                throw new IllegalStateException(name + " line " + n + ": expected a new place and its country, got '"
                        + line + "'");
            }
            countryOf.put(cols[0], cols[1]);
            countries.add(cols[1]);
        }
    }

    static PlaceCountries none() {
        return new PlaceCountries("none", List.of());
    }

    /** Records a place the gazetteer marks as its country's capital. */
    void capital(String place) {
        String country = of(place);
        if (country != null && !country.equals(place)) {
            capitalOf.put(country, place); // gazetteer.tsv, read last, wins over the generated capitals of territories
        }
    }

    /** The capital of a country, or null ("In the capital" in an article about France is Paris). */
    public String capitalOf(String country) {
        return country == null ? null : capitalOf.get(country);
    }

    /** The country of a canonical place name, or null. */
    public String of(String place) {
        if (place == null) {
            return null;
        }
        String c = countryOf.get(place);
        return c != null ? c : countries.contains(place) ? place : null;
    }
}
