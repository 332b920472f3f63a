package org.claims.engine.attribution;

import java.util.List;
import java.util.Set;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.lexicon.Match;
import org.claims.engine.text.Doc;
import org.claims.model.Claim;

/** Turns the words of a source into a canonical source, a named person, or a reference back. */
final class SourceResolver {
    private final Lexicons lex;
    private final RoleReference roles;
    private final NameFinder names;
    private final Canonical canonical;
    private final Set<String> articles;
    private final Set<String> bodies;
    private final Set<String> tollNouns;
    private final Set<String> tollFrom;
    private final Set<String> firstPerson;
    /** A body's head noun may follow a few adjectives ("the humanitarian affairs office"). */
    private static final int BODY_HEAD_REACH = 3;
    /** A speech verb's subject headed by a body noun names a body when it is this short. */
    private static final int BODY_SUBJECT = 6;

    SourceResolver(Lexicons lex) {
        this.lex = lex;
        this.roles = new RoleReference(lex.words.of("definite"), lex.words.of("de"));
        this.names = new NameFinder(lex.words);
        this.canonical = new Canonical(lex.words);
        this.articles = lex.words.of("article");
        this.bodies = lex.words.of("body");
        this.tollNouns = lex.words.of("tollnoun");
        this.tollFrom = lex.words.of("tollfrom");
        this.firstPerson = lex.words.of("firstperson");
    }

    /** A source and the type a role noun must have to refer back to it; null type: a reference back itself. */
    record Resolved(Claim.Source source, String type) {
    }

    /** Resolves tokens [a, b) and remembers named sources. Null when the words name nobody. */
    Claim.Source resolve(Doc doc, int a, int b, SourceMemory memory, boolean afterPrep) {
        Resolved r = describe(doc, a, b, memory, afterPrep);
        if (r == null) {
            return null;
        }
        String acronym = bracketedAcronym(doc, a, b);
        if (acronym != null && r.type() != null) { // "l'Autorite nationale de gestion des catastrophes (NDMA)"
            r = new Resolved(new Claim.Source(acronym, r.source().text(), r.source().person()), r.type());
        }
        Claim.Source full = memory.namedInFull(r.source().person());
        if (full != null) { // "Guindo told Reuters" after "the mayor of Bankass, Moulaye Guindo": the person named before
            r = new Resolved(new Claim.Source(full.name(), r.source().text(), full.person()), r.type());
        }
        if (r.type() != null) {
            memory.remember(r.source(), r.type(), a);
        }
        return r.source();
    }

    /**
     * An office whose words a nationality splits ("ministere libanais de la Sante", "ministere ukrainien des
     * Affaires etrangeres"): the office read with the nationality left out, else null.
     */
    private Match officeAround(Doc doc, Match nation, int b) {
        if (nation.first() == 0 || nation.last() >= b) {
            return null;
        }
        String head = doc.toks.get(nation.first() - 1).text();
        String rest = doc.folded.substring(doc.toks.get(nation.last()).start(), doc.toks.get(b - 1).end());
        Doc joined = new Doc(head + " " + rest);
        Match m = lex.gazetteer.at("speaker", joined.toks, 0, joined.toks.size(), joined.folded);
        return m != null && m.kind().equals("office") && m.last() > 1 ? m : null;
    }

    /**
     * The source the words [a, b) name, without remembering it. afterPrep: the words follow "selon" /
     * "according to", so a lone capitalised word there is a name ("selon le Hamas").
     */
    Resolved describe(Doc doc, int a, int b, SourceMemory memory, boolean afterPrep) {
        if (a >= b || firstPerson.contains(doc.toks.get(a).text())) {
            return null; // "«Notre equipe a confirme 148 morts», a declare X": the quoted speaker's own people
        }
        List<Match> hits = lex.gazetteer.findAll("speaker", doc.toks, a, b, doc.folded);
        List<Match> places = anyCapital(doc, a, b) ? lex.places(doc, a, b) : List.of();
        Match org = null;
        Match person = null;
        Match nation = null; // "le ministre sud-coreen": the country, when nothing more precise is named
        for (Match m : hits) {
            switch (m.kind()) {
                case "source", "office" -> {
                    if (m.entry().extra().equals("nation")) {
                        nation = nation == null ? m : nation;
                    } else if (org == null || figures(doc, org) && m.first() >= org.last()) {
                        org = m; // "the official figures of the ministry": whose figures they are
                    }
                }
                case "person" -> person = person == null ? m : person;
                default -> {
                }
            }
        }
        if (org != null && figures(doc, org) && laterRole(hits, org)) {
            org = null; // "les chiffres officiels de la prefecture": the prefecture's figures, not "official figures"
        }
        String text = doc.text(a, b);
        NameFinder.Names names = this.names.find(doc, a, b, hits, places);
        String name = names.person();
        if (person != null && (name == null || !name.toLowerCase().contains(person.entry().pattern()))) {
            name = person.entry().extra();
        }
        if (org == null && person == null && names.organisation() != null) {
            return new Resolved(new Claim.Source(names.organisation(), text, names.person()), "any");
        }
        Match split = org == null && nation != null ? officeAround(doc, nation, b) : null;
        if (split != null) { // "le ministere libanais de la Sante": the office its nationality splits
            return new Resolved(new Claim.Source(Canonical.of(split, nation, places), text, name), "ministry");
        }
        Match role = RoleReference.role(hits);
        String initials = org == null && person == null && nation != null && role != null
                ? Canonical.acronym(lex, doc, a, b) : null;
        if (initials != null) { // "l'agence de presse italienne ANSA"
            return new Resolved(new Claim.Source(initials, text, name), role.value());
        }
        if (org == null && person == null && nation != null && (role == null || !role.value().equals("group"))) {
            return new Resolved(new Claim.Source(nation.value(), text, name), "nation"); // not "des medias libanais"
        }
        if (org != null || person != null) {
            org = org == null ? null : bracketed(doc, org, hits);
            String wider = org == null ? null : this.names.widerName(doc, org, a, b, hits);
            String canonical = wider != null ? wider : org != null ? Canonical.of(org, nation, places) : person.value();
            return new Resolved(new Claim.Source(canonical, text, name), org != null ? Canonical.type(org) : "any");
        }
        Match country = wholePlace(doc, a, b, places);
        if (country != null) { // "Israel said", "l'Ukraine a affirme": a country speaking is its government
            return new Resolved(new Claim.Source(country.value(), text, null), "government");
        }
        String roleType = role == null ? "any" : role.value();
        if (names.organisation() != null) {
            return new Resolved(new Claim.Source(names.organisation(), text, name), roleType);
        }
        boolean capitalRole = role != null && Canonical.acronym(lex, doc, role.first(), role.last()) != null;
        String acronym = capitalRole ? null : Canonical.acronym(lex, doc, a, b); // "l'ONG" is a role, not a name
        if (acronym != null) {
            return new Resolved(new Claim.Source(acronym, text, name), roleType);
        }
        if (name != null) {
            return new Resolved(new Claim.Source(name, text, name), "any");
        }
        Claim.Source back = roles.back(doc, a, b, hits, memory);
        if (back != null) {
            return new Resolved(back, null);
        }
        if (role != null) {
            String owner = canonical.possessor(doc, places);
            int end = Math.min(role.last(), b);
            while (end < b && !Spans.boundary(doc, end - 1, end)) {
                end++; // "Un autre habitant, confirmant l'attaque, a evoque": the noun phrase before the aside
            }
            int from = countedBy(doc, a, role.first()); // "les chiffres de la prefecture": the prefecture
            return new Resolved(new Claim.Source(owner != null ? owner : canonical.plain(doc, from, end), text, null), roleType);
        }
        String proper = afterPrep ? canonical.properName(doc, a, b) : null;
        if (proper == null && (afterPrep || b - a <= BODY_SUBJECT) && body(doc, a, b)) { // "selon l'organisme public de gestion
            // des catastrophes", "the country's prisons authority said"
            String plain = canonical.plain(doc, a, b);
            return new Resolved(new Claim.Source(plain, text, null), "any");
        }
        return proper == null ? null : new Resolved(new Claim.Source(proper, text, null), "any");
    }

    /** A source named by its figures ("official figures", "le bilan officiel"), which may say whose they are. */
    private boolean figures(Doc doc, Match org) {
        return tollNouns.contains(doc.toks.get(org.first()).text())
                || org.first() + 1 < org.last() && tollNouns.contains(doc.toks.get(org.first() + 1).text());
    }

    /**
     * Where the words naming a role start: after the count noun and its "de"/"from" when they open the words ("les
     * chiffres officiels de la prefecture", "a new toll from provincial authorities"), else at a.
     */
    private int countedBy(Doc doc, int a, int role) {
        int k = a;
        while (k < role && !tollNouns.contains(doc.toks.get(k).text())) {
            k++;
        }
        while (k < role && !tollFrom.contains(doc.toks.get(k).text())) {
            k++;
        }
        return k < role ? k + 1 : a;
    }

    private static boolean laterRole(List<Match> hits, Match org) {
        for (Match m : hits) {
            if (m.kind().equals("role") && m.first() >= org.last() && !m.value().equals("group")) {
                return true;
            }
        }
        return false;
    }

    /** The words [a, b) are headed by a noun naming a body ("l'organisme public de ...", "the humanitarian affairs office"). */
    private boolean body(Doc doc, int a, int b) {
        int head = a;
        while (head < b && articles.contains(doc.toks.get(head).text())) {
            head++;
        }
        for (int k = head; k < b && k <= head + BODY_HEAD_REACH; k++) {
            if (bodies.contains(doc.toks.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** The words [a, b) are one place and nothing more but an article. */
    private Match wholePlace(Doc doc, int a, int b, List<Match> places) {
        int from = a;
        while (from < b && articles.contains(doc.toks.get(from).text())) {
            from++;
        }
        for (Match p : places) {
            if (p.first() == from && p.last() == b && !p.kind().equals("capital")
                    && !p.entry().extra().equals("cased")) { // "Sindh recorded 57 deaths": a province does not speak
                return p;
            }
        }
        return null;
    }

    /**
     * An all-capitals short name in brackets right after words naming a body the gazetteer does not know: the
     * short name is how the article will refer to it.
     */
    private String bracketedAcronym(Doc doc, int a, int b) {
        if (b >= doc.toks.size() || !doc.gap(b - 1, b).trim().equals("(") || (b + 1 < doc.toks.size() && !doc.gap(b, b + 1).startsWith(")"))) {
            return null;
        }
        for (Match m : lex.gazetteer.findAll("speaker", doc.toks, a, b, doc.folded)) {
            if ((m.kind().equals("source") || m.kind().equals("office") || m.kind().equals("person"))
                    && !m.entry().extra().equals("nation")) {
                return null;
            }
        }
        return Canonical.acronym(lex, doc, b, b + 1);
    }

    /** "L'Office ... des Nations unies (UNRWA)": the short name in brackets is the body the words describe. */
    private static Match bracketed(Doc doc, Match first, List<Match> hits) {
        for (Match m : hits) {
            if (m != first && m.kind().equals("source") && !m.entry().extra().equals("nation") && m.first() > first.first()
                    && doc.gap(m.first() - 1, m.first()).contains("(")) {
                return m;
            }
        }
        return first;
    }

    /** Every organisation the sentence names, speaking or not, for role nouns to refer back to later. */
    void mentions(Doc doc, int from, int to, SourceMemory memory) {
        List<Match> hits = lex.gazetteer.findAll("speaker", doc.toks, from, to, doc.folded);
        for (Match m : hits) {
            boolean org = (m.kind().equals("source") && !m.entry().extra().equals("nation")) || m.kind().equals("office");
            if (!org) {
                continue;
            }
            Match nation = null;
            for (Match n : hits) {
                if (n.entry().extra().equals("nation") && Math.abs(n.first() - m.first()) <= 2) {
                    nation = n;
                }
            }
            int a = Math.max(from, m.first() - 2);
            int b = Math.min(to, m.last() + 2);
            List<Match> places = lex.places(doc, a, b);
            Claim.Source s = new Claim.Source(Canonical.of(m, nation, places), doc.text(m.first(), m.last()), null);
            memory.mention(s, Canonical.type(m), m.first());
        }
    }

    /** True when a named person's words begin within the first n tokens of [a, b). */
    boolean personWithin(Doc doc, int a, int b, int n) {
        for (Match m : lex.gazetteer.findAll("speaker", doc.toks, a, Math.min(b, a + n + 2), doc.folded)) {
            if (m.kind().equals("person") && m.first() - a <= n) {
                return true;
            }
        }
        NameFinder.Names names = this.names.find(doc, a, b, List.of(), List.of());
        return names.person() != null && doc.text(a, b).indexOf(names.person()) <= doc.text(a, Math.min(b, a + n + 1)).length();
    }

    /** Place names, names and countries are all capitalised: lower-case words need no place lookup. */
    private static boolean anyCapital(Doc doc, int a, int b) {
        for (int i = a; i < b; i++) {
            if (doc.capitalized(i)) {
                return true;
            }
        }
        return false;
    }

}
