package org.claims.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claims.engine.lexicon.Entry;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.lexicon.Match;
import org.claims.engine.text.Doc;

/**
 * Places the gazetteer cannot list (small towns, districts): a capitalised name right after a locative ("a
 * Hostens", "in Sunderland", "near Pasadena", "la province d'Al-Haouz"). A name followed by another
 * capitalised word is a person ("a Emmanuel Macron"), so a guess is one word, or words joined by hyphens,
 * or a name opened by a place prefix ("San", "Saint", "Port") or closed by a place noun ("City", "County").
 */
final class PlaceGuesser {
    private final Set<String> prefixes;
    private final Set<String> suffixes;
    private final Set<String> adminSuffixes;
    /** "in the Mai Mahiu area": a name between "the" and one of these nouns is a place. */
    private final Set<String> areas;
    private static final int MAX_WORDS = 4;
    /** The extra of a guess whose words say it is an administrative area: it counts as a known place. */
    static final String NAMED = "named";
    private final Lexicons lex;
    private final Set<String> areaArticle;
    private final Set<String> needsAccent;
    private final Set<String> possessive;

    PlaceGuesser(Lexicons lex) {
        this.lex = lex;
        this.prefixes = lex.words.of("placeprefix");
        this.suffixes = lex.words.of("placesuffix");
        this.adminSuffixes = lex.words.of("adminsuffix");
        this.areas = lex.words.of("area");
        this.areaArticle = lex.words.of("areaarticle");
        this.needsAccent = lex.words.of("needsaccent");
        this.possessive = lex.words.of("possessive");
    }

    List<Match> find(Doc doc, int from, int to, List<Match> known) {
        List<Match> out = null;
        for (int i = from; i < to; i++) {
            if (!doc.capitalized(i) || covered(known, i)) {
                continue;
            }
            int admin = i == from || !doc.capitalized(i - 1) ? adminEnd(doc, i, to) : -1;
            if (admin > i) { // "a landslide that hit Sirnaresmi Village, Sukabumi District": named areas need no preposition
                out = out == null ? new ArrayList<>(2) : out;
                out.add(guess(doc, i, admin, NAMED));
                i = admin - 1;
                continue;
            }
            if (i == from || !locativeBefore(doc, i, from)) {
                continue;
            }
            boolean viaThe = areaArticle.contains(doc.toks.get(i - 1).text());
            int end = viaThe ? areaEnd(doc, i, to) : nameEnd(doc, i, to);
            if (end > i) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                // "dans la province de Kounar", "in Taroudant Province": an administrative area is named, not guessed
                boolean named = !viaThe && (multiWordLocative(doc, i, from) || end - i > 1 && suffixes.contains(doc.toks.get(end - 1).text()));
                out.add(guess(doc, i, end, named ? NAMED : "guess"));
                i = end - 1;
            }
        }
        return out == null ? List.of() : out;
    }

    private static Match guess(Doc doc, int i, int end, String extra) {
        String raw = doc.text(i, end);
        return new Match(i, end, new Entry("place", raw, new String[] {raw}, false, raw, extra));
    }

    /** One past "Sukabumi District", "West Java Province" starting at i: capitalised words closed by an area noun; else -1. */
    private int adminEnd(Doc doc, int i, int to) {
        for (int j = i + 1; j < to && j - i < MAX_WORDS && doc.capitalized(j) && doc.gap(j - 1, j).equals(" "); j++) {
            if (adminSuffixes.contains(doc.toks.get(j).text())) {
                return plausible(doc, i, j) ? j + 1 : -1;
            }
        }
        return -1;
    }

    private boolean multiWordLocative(Doc doc, int i, int from) {
        Match loc = lex.gazetteer.endingAt("locative", doc.toks, i, from, doc.folded);
        return loc != null && loc.last() - loc.first() > 1;
    }

    /** A locative right before token i; the French "a" only when written "à" (English "a" is an article). */
    private boolean locativeBefore(Doc doc, int i, int from) {
        int at = i > from + 1 && areaArticle.contains(doc.toks.get(i - 1).text()) ? i - 1 : i;
        Match loc = lex.gazetteer.endingAt("locative", doc.toks, at, from, doc.folded);
        if (loc == null || !(doc.blankBetween(doc.toks.get(i - 1).end(), doc.toks.get(i).start(), true)
                || doc.gap(i - 1, i).equals("'"))) {
            return false;
        }
        char c = doc.body.charAt(doc.toks.get(at - 1).start());
        return !needsAccent.contains(doc.toks.get(at - 1).text()) || Character.toLowerCase(c) != doc.folded.charAt(doc.toks.get(at - 1).start());
    }

    /** One past the name starting at i, or i when the words there are no place name. */
    private int nameEnd(Doc doc, int i, int to) {
        int e = i + 1;
        boolean prefixed = prefixes.contains(doc.toks.get(i).text());
        while (e < to && e - i < MAX_WORDS) {
            if (e + 1 < to && possessive.contains(doc.toks.get(e).text()) && doc.gap(e - 1, e).equals("'")
                    && doc.gap(e, e + 1).equals(" ") && doc.capitalized(e + 1)) {
                e += 2; // "Cox's Bazar"
                continue;
            }
            String gap = doc.gap(e - 1, e);
            boolean hyphen = gap.equals("-");
            boolean spaced = gap.equals(" ") && doc.capitalized(e)
                    && (prefixed || suffixes.contains(doc.toks.get(e).text()));
            if (!hyphen && !spaced) {
                break;
            }
            e++;
        }
        if (e < to && doc.gap(e - 1, e).equals(" ") && doc.capitalized(e) && !doc.toks.get(e).isDigits()) {
            return i; // "a Emmanuel Macron": a person
        }
        return plausible(doc, i, e) ? e : i;
    }

    /** "in the Mai Mahiu area": capitalised words between "the" and an area noun. */
    private int areaEnd(Doc doc, int i, int to) {
        int e = i + 1;
        while (e < to && e - i < MAX_WORDS && doc.capitalized(e)
                && (doc.gap(e - 1, e).equals(" ") || doc.gap(e - 1, e).equals("-"))) {
            e++;
        }
        boolean area = e < to && doc.gap(e - 1, e).equals(" ") && areas.contains(doc.toks.get(e).text());
        return area && plausible(doc, i, e) ? e : i;
    }

    /** No word of the name is a date, a known speaker, an acronym or a word that never names a place. */
    private boolean plausible(Doc doc, int i, int e) {
        for (int k = i; k < e; k++) {
            String w = doc.toks.get(k).text();
            boolean article = k == i && e > i + 1 && prefixes.contains(w);
            if (!article && (lex.gazetteer.at("notplace", doc.toks, k, k + 1, doc.folded) != null
                    || (e == i + 1 && lex.dates.at("date", doc.toks, k, k + 1, doc.folded) != null)
                    || lex.gazetteer.at("speaker", doc.toks, k, e, doc.folded) != null
                    || allCaps(doc, k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allCaps(Doc doc, int k) {
        String raw = doc.body.substring(doc.toks.get(k).start(), doc.toks.get(k).end());
        return raw.length() > 1 && raw.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
    }

    private static boolean covered(List<Match> known, int i) {
        for (Match m : known) {
            if (i >= m.first() && i < m.last()) {
                return true;
            }
        }
        return false;
    }
}
