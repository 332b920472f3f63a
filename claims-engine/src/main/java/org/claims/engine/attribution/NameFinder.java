package org.claims.engine.attribution;

import java.util.List;
import java.util.Set;
import org.claims.engine.lexicon.Match;
import org.claims.engine.lexicon.Words;
import org.claims.engine.text.Doc;

/**
 * Capitalised names among a source's words the gazetteer does not know: a person ("le general Pat Ryder",
 * "Sheriff Robert Luna") or an organisation ("Kenya National Commission on Human Rights", "the rights group
 * Foro Penal"). Runs that are only a place ("Coree du Nord") name nobody.
 */
final class NameFinder {
    record Names(String person, String organisation) {
    }

    private final Set<String> notNames;
    private final Set<String> titles;
    private final Set<String> abbreviations;
    private final Set<String> stopwords;
    private final Set<String> particles;
    /** Joins the words of an organisation's name ("Commission on Human Rights", "Bank of England"). */
    private final Set<String> orgJoiners;
    private final Set<String> orgHeads;
    /** A noun after which a capitalised name is an organisation's ("l'ONG Foro Penal", "the group Airwars"). */
    private final Set<String> orgNouns;
    private final Set<String> definite;

    NameFinder(Words words) {
        this.notNames = words.of("notname");
        this.titles = words.of("title");
        this.abbreviations = words.of("abbreviation");
        this.stopwords = words.of("stopword");
        this.particles = words.of("particle");
        this.orgJoiners = words.of("orgjoiner");
        this.orgHeads = words.of("orghead");
        this.orgNouns = words.of("orgnoun");
        this.definite = words.of("definite");
    }

    Names find(Doc doc, int a, int b, List<Match> hits, List<Match> places) {
        String person = null;
        String org = null;
        int i = a;
        while (i < b) {
            if (!nameWord(doc, i, a, hits)) {
                i++;
                continue;
            }
            int e = runEnd(doc, i, b, hits);
            boolean titled = i > a && titles.contains(doc.toks.get(i - 1).text());
            int title = lastTitle(doc, i, e);
            if (coveredBy(places, i, e) || e < b && coveredByOrg(e, hits) && tight(doc.gap(e - 1, e))) {
                i = e; // "Greater Manchester Police": a run fused with the organisation's word is its name, nobody's
                continue;
            }
            boolean named = i == a + 1 && e == b && e - i == 1 && definite.contains(doc.toks.get(a).text())
                    && single(doc.toks.get(i).text(), hits, i); // "Le Pastef parle de 19 morts": a body's name
            if (isOrg(doc, i, e, a) || named) {
                org = org == null ? doc.text(i, e) : org;
            } else if (title >= 0 && title + 1 < e) {
                person = doc.text(title + 1, e);
            } else if (title < 0 && (e - i >= 2 || titled || i == a && e == b && b - a == 1
                    && single(doc.toks.get(i).text(), hits, a))) {
                person = doc.text(i, e); // "..., Kagame said": a surname alone as the whole subject names its speaker
            }
            i = e;
        }
        return new Names(person, org);
    }

    /** A lone capitalised word that may be a surname: no title, abbreviation, function word ("It added") or known word. */
    private boolean single(String w, List<Match> hits, int a) {
        return !titles.contains(w) && !abbreviations.contains(w) && !stopwords.contains(w)
                && hits.stream().noneMatch(h -> h.first() <= a && h.last() > a);
    }

    /** One past the last word of the capitalised run starting at i, across particles and joiners. */
    private int runEnd(Doc doc, int i, int b, List<Match> hits) {
        int e = i + 1;
        boolean org = false;
        while (e < b) {
            String gap = doc.gap(e - 1, e);
            boolean tight = tight(gap);
            String w = doc.toks.get(e).text();
            org |= orgHeads.contains(doc.toks.get(e - 1).text());
            boolean bridge = e + 1 < b && doc.capitalized(e + 1) && !coveredByOrg(e + 1, hits)
                    && (particles.contains(w) || (org && orgJoiners.contains(w)));
            boolean cap = doc.capitalized(e) && !notNames.contains(w) && !coveredByOrg(e, hits) && !doc.weekdayAt(e);
            if (!tight || !(cap || bridge || gap.equals("-"))) {
                break;
            }
            e++;
        }
        return e;
    }

    private boolean nameWord(Doc doc, int i, int a, List<Match> hits) {
        return doc.capitalized(i) && !notNames.contains(doc.toks.get(i).text()) && !coveredByOrg(i, hits)
                && (!startsLine(doc, i) || nameFollows(doc, i)) && !doc.weekdayAt(i); // "Early Tuesday he raised the toll"
    }

    /** A line may open on a name of two capitalised words ("Paul Martin a declare"), not on one. */
    private boolean nameFollows(Doc doc, int i) {
        return i + 1 < doc.toks.size() && doc.capitalized(i + 1) && doc.gap(i, i + 1).equals(" ")
                && !notNames.contains(doc.toks.get(i + 1).text()) && !doc.weekdayAt(i + 1);
    }

    /**
     * The capitalised name a known organisation word sits in ("Northumbria Police", "National Police Chiefs'
     * Council"), or null when the words around it add nothing.
     */
    String widerName(Doc doc, Match org, int a, int b, List<Match> hits) {
        int s = org.first();
        while (s > a && nameWord(doc, s - 1, a, hits) && !titles.contains(doc.toks.get(s - 1).text())
                && tight(doc.gap(s - 1, s))) {
            s--;
        }
        int e = org.last();
        int head = -1; // words after the known part count only up to a head noun ("... Chiefs' Council")
        for (int k = org.last(); k < b && doc.capitalized(k) && !notNames.contains(doc.toks.get(k).text())
                && !coveredByOrg(k, hits) && tight(doc.gap(k - 1, k)); k++) {
            head = orgHeads.contains(doc.toks.get(k).text()) ? k : head;
        }
        e = head >= 0 ? head + 1 : e;
        return s < org.first() || e > org.last() ? doc.text(s, e) : null;
    }

    private static boolean tight(String gap) {
        return gap.equals(" ") || gap.equals("-") || gap.equals("' ") || gap.equals("\u2019 ");
    }

    private int lastTitle(Doc doc, int s, int e) {
        int t = -1;
        for (int k = s; k < e; k++) {
            if (titles.contains(doc.toks.get(k).text())) {
                t = k;
            }
        }
        return t;
    }

    private boolean isOrg(Doc doc, int s, int e, int a) {
        for (int k = s; k < e; k++) {
            if (orgHeads.contains(doc.toks.get(k).text())) {
                return true;
            }
        }
        return s > a && orgNouns.contains(doc.toks.get(s - 1).text());
    }

    private static boolean coveredBy(List<Match> places, int s, int e) {
        int k = s;
        for (Match p : places) {
            if (p.first() <= k && p.last() > k) {
                k = p.last();
            }
        }
        return k >= e;
    }

    static boolean startsLine(Doc doc, int i) {
        return i == 0 || doc.body.charAt(doc.toks.get(i).start() - 1) == '\n';
    }

    /**
     * Inside a known organisation; role words ("President", "Sheriff") and nationalities ("the Palestinian
     * Prisoners' Society") may sit inside a name.
     */
    static boolean coveredByOrg(int i, List<Match> hits) {
        for (Match m : hits) {
            boolean org = (m.kind().equals("source") && !m.entry().extra().equals("nation")) || m.kind().equals("office");
            if (i >= m.first() && i < m.last() && org) {
                return true;
            }
        }
        return false;
    }
}
