package org.claims.engine.attribution;

import java.util.List;
import java.util.Set;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.lexicon.Match;
import org.claims.engine.lexicon.Words;
import org.claims.engine.text.Doc;
import org.claims.engine.text.Token;

/** Canonical names: gazetteer values, a country's office ("ministere marocain de l'Interieur"), raw words tidied. */
final class Canonical {
    /** Words that open a source's words but are no part of its name. */
    private final Set<String> leading;
    private final Set<String> possessive;

    Canonical(Words words) {
        this.leading = words.of("leading");
        this.possessive = words.of("possessive");
    }

    /**
     * An organisation's canonical name. An "office" entry is a body every country has: the country comes from
     * a nationality or place among the same words, else the entry's default (a French interior ministry when
     * the French words name no country), else the bare office.
     */
    static String of(Match org, Match nation, List<Match> places) {
        if (!org.kind().equals("office")) {
            return org.value();
        }
        String country = nation != null ? nation.value() : null;
        for (int i = 0; country == null && i < places.size(); i++) {
            if (!places.get(i).entry().extra().equals("capital")) {
                country = places.get(i).value();
            }
        }
        String fallback = org.entry().extra().isEmpty() ? org.value() : org.entry().extra();
        if (country == null || fallback.startsWith(country) || fallback.contains(" " + country)
                || (country.equals("France") && fallback.startsWith("French"))) {
            return fallback;
        }
        return country + " " + org.value();
    }

    static String type(Match org) {
        return org.kind().equals("office") ? "ministry" : org.entry().extra();
    }

    /** An all-capitals word of two to six letters ("FNSEA", "UN"): its expansion when the gazetteer knows it. */
    private static boolean allCapitals(String body, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isUpperCase(body.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    static String acronym(Lexicons lex, Doc doc, int a, int b) {
        for (int i = a; i < b; i++) {
            Token t = doc.toks.get(i);
            int n = t.end() - t.start();
            if (n >= 2 && n <= 6 && allCapitals(doc.body, t.start(), t.end())) {
                Match known = lex.gazetteer.at("acronym", doc.toks, i, i + 1, doc.folded);
                return known != null ? known.value() : doc.body.substring(t.start(), t.end());
            }
        }
        return null;
    }

    /** The words without their leading article or conjunction: "un haut responsable" -> "haut responsable". */
    String plain(Doc doc, int a, int b) {
        int s = a;
        while (s < b - 1 && leading.contains(doc.toks.get(s).text())) {
            s++;
        }
        return doc.text(s, b);
    }

    /** "Israel's prime minister's office": the country owning the role, when a place is written possessive. */
    String possessor(Doc doc, List<Match> places) {
        for (Match p : places) {
            if (p.last() < doc.toks.size() && possessive.contains(doc.toks.get(p.last()).text()) && doc.gap(p.last() - 1, p.last()).equals("'")) {
                return p.value();
            }
        }
        return null;
    }

    /** "selon le Hamas", "according to Politico": a capitalised word right after the article is a name. */
    String properName(Doc doc, int a, int b) {
        int s = a;
        while (s < b && leading.contains(doc.toks.get(s).text())) {
            s++;
        }
        if (s >= b || !doc.capitalized(s) || NameFinder.startsLine(doc, s)) {
            return null;
        }
        int e = s + 1;
        while (e < b && doc.capitalized(e) && (doc.gap(e - 1, e).equals(" ") || doc.gap(e - 1, e).equals("-"))) {
            e++;
        }
        return doc.text(s, e);
    }
}
