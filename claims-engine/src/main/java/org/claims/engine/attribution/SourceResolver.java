package org.claims.engine.attribution;

import java.util.List;
import java.util.Set;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.lexicon.Match;
import org.claims.engine.text.Doc;
import org.claims.engine.text.Token;
import org.claims.model.Claim;

/** Turns the words of a source into a canonical source, a named person, or a reference back. */
final class SourceResolver {
    private static final Set<String> NOT_NAMES = Set.of("le", "la", "les", "l", "the", "un", "une", "des", "du",
            "de", "selon", "according", "mais", "et", "il", "elle", "he", "she", "a", "an", "m", "mme", "mr",
            "mrs", "ms", "dr", "nous", "we", "in", "en", "on", "au", "aux", "pour", "for", "ce", "cette", "this");
    private static final Set<String> TITLES = Set.of("m", "mme", "mr", "mrs", "ms", "dr", "general", "gen",
            "colonel", "col", "president", "ministre", "minister", "secretary", "secretaire");
    private static final Set<String> DEFINITE = Set.of("le", "la", "l", "les", "the", "ce", "cette", "ces",
            "this", "that", "these", "son", "sa", "ses", "its", "his", "her", "their", "leur");
    private static final Set<String> PARTICLES = Set.of("le", "la", "de", "du", "des", "van", "von", "der", "den",
            "al", "el", "ben", "bin", "da", "di", "dos", "del");
    private final Lexicons lex;

    SourceResolver(Lexicons lex) {
        this.lex = lex;
    }

    /** Resolves tokens [a, b); remembers explicit sources. Null when the words name nobody. */
    Claim.Source resolve(Doc doc, int a, int b, SourceMemory memory) {
        if (a >= b) {
            return null;
        }
        List<Match> hits = lex.gazetteer.findAll("speaker", doc.toks, a, b, doc.folded);
        Match org = null;
        Match person = null;
        Match role = null;
        Match nation = null; // "le ministre sud-coreen": the country, when nothing more precise is named
        boolean pronoun = false;
        for (Match m : hits) {
            switch (m.kind()) {
                case "source" -> {
                    if (m.entry().extra().equals("nation")) {
                        nation = nation == null ? m : nation;
                    } else {
                        org = org == null ? m : org;
                    }
                }
                case "person" -> person = person == null ? m : person;
                case "role" -> role = role == null ? m : role;
                case "pronoun" -> pronoun |= m.first() == a || m.first() == a + 1;
                default -> {
                }
            }
        }
        if (org == null && person == null) {
            org = nation;
        }
        String text = doc.text(a, b);
        String name = personName(doc, a, b, hits);
        if (person != null && (name == null || !name.toLowerCase().contains(person.entry().pattern()))) {
            name = person.entry().extra();
        }
        if (org != null || person != null) {
            String canonical = org != null ? org.value() : person.value();
            String type = org != null ? org.entry().extra() : "any";
            Claim.Source s = new Claim.Source(canonical, text, name);
            memory.remember(s, type);
            return s;
        }
        String acronym = acronym(doc, a, b);
        if (acronym != null) {
            Claim.Source s = new Claim.Source(acronym, text, name);
            memory.remember(s, role == null ? "any" : role.value());
            return s;
        }
        if (name != null) {
            Claim.Source s = new Claim.Source(name, text, name);
            memory.remember(s, "any");
            return s;
        }
        boolean bareRole = role != null && DEFINITE.contains(doc.toks.get(a).text()) && role.first() <= a + 1
                && role.last() >= b - 1;
        boolean refersBack = pronoun || bareRole;
        Claim.Source back = !refersBack ? null : role != null ? memory.lastOfType(role.value()) : memory.last();
        if (back != null) {
            return new Claim.Source(back.name(), text, back.person());
        }
        if (role != null) {
            Claim.Source s = new Claim.Source(text, text, null);
            memory.remember(s, role.value());
            return s;
        }
        return null;
    }

    /** Two or more capitalised words (or one after a title) not already known as an organisation or place. */
    private String personName(Doc doc, int a, int b, List<Match> hits) {
        int runStart = -1;
        for (int i = a; i <= b; i++) {
            boolean particle = runStart >= 0 && i + 1 < b && PARTICLES.contains(doc.toks.get(i).text())
                    && doc.capitalized(i + 1);
            boolean hyphenTail = runStart >= 0 && i < b && doc.gap(i - 1, i).equals("-");
            boolean cap = i < b && (particle || hyphenTail
                    || (doc.capitalized(i) && !NOT_NAMES.contains(doc.toks.get(i).text())))
                    && !coveredByOrg(i, hits) && !startsSentence(doc, i);
            boolean joined = cap && runStart >= 0 && (doc.gap(i - 1, i).equals(" ") || doc.gap(i - 1, i).equals("-"));
            if (runStart >= 0 && !joined) {
                boolean titled = runStart > a && TITLES.contains(doc.toks.get(runStart - 1).text());
                if (i - runStart >= 2 || titled) {
                    return doc.text(runStart, i);
                }
                runStart = -1;
            }
            if (cap && runStart < 0) {
                runStart = i;
            }
        }
        return null;
    }

    /** An all-capitals word of two to six letters ("FNSEA", "UN") that the gazetteer does not know. */
    private static String acronym(Doc doc, int a, int b) {
        for (int i = a; i < b; i++) {
            Token t = doc.toks.get(i);
            String raw = doc.body.substring(t.start(), t.end());
            if (raw.length() >= 2 && raw.length() <= 6 && raw.chars().allMatch(Character::isUpperCase)) {
                return raw;
            }
        }
        return null;
    }

    private static boolean startsSentence(Doc doc, int i) {
        return i == 0 || doc.body.charAt(doc.toks.get(i).start() - 1) == '\n';
    }

    private static boolean coveredByOrg(int i, List<Match> hits) {
        for (Match m : hits) {
            if (i >= m.first() && i < m.last() && !m.kind().equals("person")) {
                return true;
            }
        }
        return false;
    }
}
