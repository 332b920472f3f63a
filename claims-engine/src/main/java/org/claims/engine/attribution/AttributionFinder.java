package org.claims.engine.attribution;

import java.util.ArrayList;
import java.util.List;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.lexicon.Match;
import org.claims.engine.text.Doc;
import org.claims.model.Claim;

/**
 * Finds who speaks in a sentence: "selon X" / "according to X" take the words after the marker; a speech
 * verb takes its subject before it ("X a declare", "X said"), or after it when the clause is inverted after
 * a comma or a quote (", a declare X", ", said X").
 */
public final class AttributionFinder {
    private static final int MAX_SPAN = 14;
    private static final java.util.Set<String> THAT = java.util.Set.of("que", "qu", "that");
    private static final java.util.Set<String> APPOSITION_WORDS = java.util.Set.of("le", "la", "l", "the", "general",
            "gen", "m", "mme", "mr", "mrs", "ms", "dr", "colonel", "col", "lieutenant", "capitaine", "captain",
            "major", "amiral", "admiral", "sergent", "sergeant", "de", "du", "van", "von", "der", "al", "el", "bin");
    private static final java.util.Set<String> CLITICS = java.util.Set.of("en", "y", "ne", "n", "nous", "lui", "leur");
    private final Lexicons lex;
    private final SourceResolver resolver;

    public AttributionFinder(Lexicons lex) {
        this.lex = lex;
        this.resolver = new SourceResolver(lex);
    }

    public List<Attribution> find(Doc doc, int from, int to, SourceMemory memory) {
        List<Attribution> out = new ArrayList<>();
        for (Match m : lex.attribution.findAll("marker", doc.toks, from, to, doc.folded)) {
            Attribution a = switch (m.kind()) {
                case "prep" -> prep(doc, m, to, memory);
                case "verb", "pverb" -> verb(doc, m, from, to, memory);
                default -> null;
            };
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    private Attribution prep(Doc doc, Match m, int to, SourceMemory memory) {
        int end = forwardEnd(doc, m.last(), to);
        Claim.Source s = resolver.resolve(doc, m.last(), end, memory);
        return new Attribution(true, m.first(), m.last(), m.last(), end, s, null);
    }

    private Attribution verb(Doc doc, Match m, int from, int to, SourceMemory memory) {
        int subjEnd = m.first();
        boolean pronounInversion = subjEnd - 2 >= from && doc.toks.get(subjEnd - 2).text().equals("t")
                && lex.gazetteer.at("speaker", doc.toks, subjEnd - 1, subjEnd, doc.folded) != null;
        if (pronounInversion) { // "a-t-il ajoute": the pronoun sits between auxiliary and verb
            Claim.Source s = resolver.resolve(doc, subjEnd - 1, subjEnd, memory);
            return new Attribution(false, m.first(), m.last(), subjEnd - 1, subjEnd, s, null);
        }
        while (subjEnd - 1 > from && lex.attribution.at("adverb", doc.toks, subjEnd - 1, subjEnd, doc.folded) != null) {
            subjEnd--; // "a egalement indique", "has also said"
        }
        Match aux;
        while ((aux = lex.attribution.endingAt("aux", doc.toks, subjEnd, from, doc.folded)) != null
                && !boundary(doc, subjEnd - 1, subjEnd)) {
            subjEnd = aux.first();
        }
        boolean thatFollows = m.last() < to && lex.attribution.at("stop", doc.toks, m.last(), to, doc.folded) != null
                && THAT.contains(doc.toks.get(m.last()).text());
        if (m.kind().equals("pverb") && subjEnd == m.first() && !startsClause(doc, subjEnd, from) && !thatFollows) {
            return null;
        }
        while (subjEnd > from + 1 && CLITICS.contains(doc.toks.get(subjEnd - 1).text())
                && !boundary(doc, subjEnd - 2, subjEnd - 1)) {
            subjEnd--;
        }
        int start = backwardStart(doc, subjEnd, from);
        if (start < subjEnd) {
            Claim.Source s = resolver.resolve(doc, start, subjEnd, memory);
            if (s != null) {
                return new Attribution(false, m.first(), m.last(), start, subjEnd, s, null);
            }
        }
        int after = m.last();
        while (after < to && lex.dates.at("date", doc.toks, after, to, doc.folded) != null
                && !boundary(doc, after - 1, after)) {
            after = lex.dates.at("date", doc.toks, after, to, doc.folded).last();
        }
        if (after < to && !boundary(doc, after - 1, after)) {
            int end = forwardEnd(doc, after, to);
            Claim.Source s = resolver.resolve(doc, after, end, memory);
            if (s != null) {
                return new Attribution(false, m.first(), m.last(), after, end, s, null);
            }
        }
        if (start == subjEnd && subjEnd > from) {
            int seg1 = segmentStart(doc, subjEnd, from);
            int seg2 = seg1 > from ? segmentStart(doc, seg1, from) : seg1;
            if (seg2 < seg1 && subjEnd - seg2 <= MAX_SPAN) {
                Claim.Source s = resolver.resolve(doc, seg2, subjEnd, memory);
                if (s != null) {
                    return new Attribution(false, m.first(), m.last(), seg2, subjEnd, s, null);
                }
            }
        }
        return sentenceSubject(doc, m, from, memory);
    }

    /** Start of the comma-delimited stretch that ends just before token end. */
    private static int segmentStart(Doc doc, int end, int from) {
        int i = end - 1;
        while (i > from && !boundary(doc, i - 1, i)) {
            i--;
        }
        return i;
    }

    /** When the verb's own subject is out of reach (after a relative clause), the sentence's first speaker. */
    private Attribution sentenceSubject(Doc doc, Match m, int from, SourceMemory memory) {
        for (Match g : lex.gazetteer.findAll("speaker", doc.toks, from, m.first(), doc.folded)) {
            if (g.kind().equals("source") || g.kind().equals("person")) {
                int end = g.last();
                while (end < m.first() && end - g.first() < 6 && !boundary(doc, end - 1, end)) {
                    end++;
                }
                int start = g.first();
                while (start > from && g.last() - start < 6 && !boundary(doc, start - 1, start)) {
                    start--;
                }
                Claim.Source s = resolver.resolve(doc, start, end, memory);
                return new Attribution(false, m.first(), m.last(), start, end, s, null);
            }
        }
        return null;
    }

    private boolean startsClause(Doc doc, int i, int from) {
        return i <= from || boundary(doc, i - 1, i);
    }

    private int backwardStart(Doc doc, int end, int from) {
        int i = end;
        while (i > from && end - i < MAX_SPAN && !boundary(doc, i - 1, i)
                && lex.attribution.at("stop", doc.toks, i - 1, end, doc.folded) == null) {
            i--;
        }
        return i;
    }

    /** Source words run to the clause end, plus an apposition naming a person (", le general Pat Ryder,"). */
    private int forwardEnd(Doc doc, int start, int to) {
        int i = start;
        while (i < to && i - start < MAX_SPAN && (i == start || !boundary(doc, i - 1, i))
                && (i == start || lex.attribution.at("stop", doc.toks, i, to, doc.folded) == null)) {
            i++;
        }
        if (i < to && i > start && doc.gap(i - 1, i).trim().equals(",")) {
            int j = i;
            boolean named = false;
            boolean nameLike = true;
            while (j < to && j - i < 5 && (j == i || !boundary(doc, j - 1, j))) {
                named |= doc.capitalized(j);
                nameLike &= doc.capitalized(j) || APPOSITION_WORDS.contains(doc.toks.get(j).text())
                        || doc.gap(j - 1, j).equals("-");
                j++;
            }
            named &= nameLike; // ", le general Pat Ryder," but not ", citant le NIS"
            boolean closes = j >= to || doc.gap(j - 1, j).contains(",") || doc.gap(j - 1, j).contains(".");
            if (named && closes && doc.capitalized(j - 1)) {
                return j;
            }
        }
        return i;
    }

    /** True when a clause ends anywhere between tokens i and j. */
    public static boolean boundaryWithin(Doc doc, int i, int j) {
        for (int k = Math.max(i, 0); k < j; k++) {
            if (boundary(doc, k, k + 1)) {
                return true;
            }
        }
        return false;
    }

    /** True when punctuation between tokens i and j ends a clause. */
    static boolean boundary(Doc doc, int i, int j) {
        if (i < 0 || j >= doc.toks.size() || j <= i) {
            return true;
        }
        String gap = doc.gap(i, j);
        for (int k = 0; k < gap.length(); k++) {
            char c = gap.charAt(k);
            if (c == ',' || c == ';' || c == ':' || c == '"' || c == '(' || c == ')' || c == '!' || c == '?'
                    || c == '\n' || c == '[' || c == ']' || c == '\u2014') {
                return true;
            }
            if (c == '.' && k + 1 < gap.length() && gap.charAt(k + 1) == ' ') {
                return true;
            }
        }
        return false;
    }
}
