package org.claims.engine.attribution;

import java.util.List;
import java.util.Set;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.lexicon.Match;
import org.claims.engine.text.Doc;
import org.claims.model.Claim;

/**
 * What a source's kind does to a sentence's attributions: a broadcaster or wire cited after a speaker only relays
 * it (source.via), and an arrest verb names its subject as the source only when that subject is a police force.
 */
final class SourceRoles {
    private static final int POLICE_REACH = 6;
    private static final int TOLL_REACH = 4;
    /** "bilan publie mardi soir 14 mai par": a report's agent may follow its day. */
    private static final int AGENT_REACH = 8;
    private final Lexicons lex;
    private final Set<String> joins;
    private final Set<String> tollNouns;
    private final Set<String> reportNouns;
    private final Set<String> locatives;
    private final Set<String> tollFrom;
    private final Set<String> ofWords;
    private final Set<String> determiners;
    private final Set<String> channels;
    private final Set<String> predicateAux;
    private final Set<String> activeAux;
    /** "sur les reseaux sociaux le ministre": the channel's words before the speaker. */
    private static final int CHANNEL_WORDS = 4;

    SourceRoles(Lexicons lex) {
        this.lex = lex;
        Set<String> j = new java.util.HashSet<>(lex.words.of("listjoin"));
        j.addAll(lex.words.of("clausejoin")); // "claimed the attack but said": a verb's subject is shared across "but" too
        this.joins = Set.copyOf(j);
        this.tollNouns = lex.words.of("tollnoun");
        this.reportNouns = lex.words.of("reportnoun");
        this.locatives = lex.words.of("locative");
        this.tollFrom = lex.words.of("tollfrom");
        this.ofWords = new java.util.HashSet<>(lex.words.of("de"));
        ofWords.addAll(lex.words.of("article"));
        this.determiners = lex.words.of("determiner");
        this.channels = lex.words.of("channel");
        this.predicateAux = lex.words.of("predicateaux");
        this.activeAux = lex.words.of("activeaux");
    }

    /** "... tues dans la region precise le HCR.": a known speaker right after the verb closes the sentence, inverted without a comma. */
    boolean knownSpeakerCloses(Doc doc, Match m, int to) {
        int k = m.last() < to && determiners.contains(doc.toks.get(m.last()).text()) ? m.last() + 1 : m.last();
        Match g = lex.gazetteer.at("speaker", doc.toks, k, to, doc.folded);
        if (g == null || g.kind().equals("pronoun")) {
            return false;
        }
        String after = g.last() >= to ? "" : doc.gap(g.last() - 1, g.last()).strip();
        return after.isEmpty() ? g.last() >= to : after.equals(",") || after.equals("."); // not "said protesters \"blocked ..."
    }

    /**
     * ", a ecrit sur Telegram le gouverneur X", ", a indique sur Facebook Jean Dupont": the token where the speaker starts
     * after a channel (its word, an article, the channel's name and a few lower-case words), else after itself.
     */
    int pastChannel(Doc doc, int after, int to) {
        if (after >= to || !channels.contains(doc.toks.get(after).text())) {
            return after;
        }
        int k = after + 1 < to && determiners.contains(doc.toks.get(after + 1).text()) ? after + 2 : after + 1;
        for (int words = 0; k < to && !opensName(doc, k); k++) { // "sur la messagerie", "sur les reseaux sociaux"
            if (++words > CHANNEL_WORDS || Spans.boundary(doc, k - 1, k)) {
                return after;
            }
        }
        if (k + 1 < to && doc.capitalized(k) && opensName(doc, k + 1)) {
            k++; // the channel's own name: "Telegram" in "sur la messagerie Telegram Pavel Martin"
        }
        return k < to && opensName(doc, k) ? k : after;
    }

    private boolean opensName(Doc doc, int k) {
        return doc.capitalized(k) || determiners.contains(doc.toks.get(k).text());
    }

    /** A source whose name is a count's ("new toll from provincial authorities"): its words did not name a body. */
    boolean namedByCount(Claim.Source s) {
        String[] words = org.claims.engine.text.Folding.fold(s.name()).split(" ", TOLL_REACH);
        for (int k = 0; k < words.length && k < TOLL_REACH - 1; k++) {
            if (tollNouns.contains(words[k]) || reportNouns.contains(words[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * "selon un dernier bilan mardi des autorites", "according to a new toll from provincial authorities": where the
     * words after the count noun that opens them name whose count it is, or -1.
     */
    int tollOwner(Doc doc, int at, int end) {
        for (int k = at; k < end && k <= at + TOLL_REACH; k++) {
            boolean report = reportNouns.contains(doc.toks.get(k).text());
            if (!tollNouns.contains(doc.toks.get(k).text()) && !report) {
                continue;
            }
            for (int j = k + 1; j < end - 1 && j <= k + AGENT_REACH && !Spans.boundary(doc, j - 1, j); j++) {
                String w = doc.toks.get(j).text();
                // "le dernier bilan publie mardi soir 14 mai par la Defense civile", "a report in Wednesday's X"
                if (tollFrom.contains(w) && j <= k + TOLL_REACH || agent(doc, j, j + 1)
                        || report && j == k + 1 && locatives.contains(w)) {
                    return j + 1;
                }
            }
            return -1;
        }
        return -1;
    }

    /** "par"/"by" naming who produced a figure opens at token k. */
    boolean agent(Doc doc, int k, int to) {
        Match m = lex.attribution.at("marker", doc.toks, k, to, doc.folded);
        return m != null && m.kind().equals("agent");
    }

    /** "were recorded", "ont ete recenses": the verb m is a passive participle right after its auxiliary. */
    boolean passive(Doc doc, Match m, int from) {
        String before = m.first() > from ? doc.toks.get(m.first() - 1).text() : "";
        return predicateAux.contains(before) && !activeAux.contains(before);
    }

    /** "la prefecture de la Gironde annonce": a body of a place right before a word that may also be a noun. */
    boolean bodyOfPlace(Doc doc, int end, int from) {
        Match place = lex.gazetteer.endingAt("place", doc.toks, end, from, doc.folded);
        int k = place == null ? from : place.first();
        while (k > from && ofWords.contains(doc.toks.get(k - 1).text())) {
            k--;
        }
        Match body = place != null && k < place.first() ? lex.gazetteer.endingAt("speaker", doc.toks, k, from, doc.folded) : null;
        return body != null && !body.kind().equals("pronoun") && !body.kind().equals("place");
    }

    /** "from Italy, the United States and elsewhere": a capitalised verb inside its clause is a word of a name. */
    static boolean nameWord(Doc doc, Match m, int from) {
        return m.first() > from && doc.capitalized(m.first()) && !Spans.boundary(doc, m.first() - 1, m.first())
                && doc.capitalized(m.first() - 1);
    }

    /** "Il a note ... et a confirme qu'au moins 11 personnes": a verb joined by "et"/"and" to the one before it. */
    boolean coordinated(Doc doc, Match m, int from) {
        int k = verbStart(lex, doc, m, from);
        return k > from + 1 && joins.contains(doc.toks.get(k - 1).text()) && !Spans.boundary(doc, k - 2, k - 1);
    }

    /** Where the verb m starts with its auxiliaries and adverbs ("», a egalement precise"), not before floor. */
    static int verbStart(Lexicons lex, Doc doc, Match m, int floor) {
        int k = m.first();
        Match before;
        while (k > floor && ((before = lex.attribution.endingAt("aux", doc.toks, k, floor, doc.folded)) != null
                || (before = lex.attribution.endingAt("adverb", doc.toks, k, floor, doc.folded)) != null) && before.first() < k) {
            k = before.first();
        }
        return k;
    }

    /**
     * The subject a coordinated verb shares: the last speaker found before it in the sentence, else the one opening
     * the sentence or one of its first clauses ("Il a note qu'une enquete ... avec la participation du FBI et a
     * confirme"), never the noun right before "et".
     */
    Attribution shared(Doc doc, Match m, int from, List<Attribution> found, SourceResolver resolver, SourceMemory memory) {
        Attribution before = earlier(m, found);
        return before != null ? before : opener(doc, m, from, resolver, memory);
    }

    /** The last speaker found before the verb m in the sentence, as m's too. */
    static Attribution earlier(Match m, List<Attribution> found) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Attribution a = found.get(k);
            if (!a.prep() && a.source() != null && a.anchorLast() <= m.first()) {
                return new Attribution(false, m.first(), m.last(), a.spanFirst(), a.spanLast(), a.source(), null);
            }
        }
        return null;
    }

    private Attribution opener(Doc doc, Match m, int from, SourceResolver resolver, SourceMemory memory) {
        for (int k = from; k < m.first(); k++) { // "Il a note", "The governor visited", "QUITO, June 23 - Peru said"
            if (k > from + 1 && !Spans.boundary(doc, k - 2, k - 1) && !Spans.boundary(doc, k - 1, k) && !dash(doc, k)) {
                continue; // who opens the sentence or one of its first clauses, after an article at most
            }
            Match opener = lex.gazetteer.at("speaker", doc.toks, k, m.first(), doc.folded);
            Match place = opener == null ? lex.gazetteer.at("place", doc.toks, k, m.first(), doc.folded) : null;
            Match who = opener != null && !opener.kind().equals("place") ? opener : place;
            if (who == null || place != null && Spans.boundary(doc, who.last() - 1, who.last())) {
                continue; // a dateline's place is no subject
            }
            Claim.Source s = resolver.resolve(doc, k, who.last(), memory, false);
            if (s != null) {
                return new Attribution(false, m.first(), m.last(), k, who.last(), s, null);
            }
        }
        return null;
    }

    /** "QUITO, June 23 - Peru ...": a dash opens what follows a dateline. */
    private static boolean dash(Doc doc, int k) {
        String gap = doc.gap(k - 1, k);
        return gap.indexOf('\u2014') >= 0 || gap.indexOf('\u2013') >= 0 || gap.contains(" - ");
    }

    /** "organizers said that 750,000 took part, according to the local NBC station": a medium cited after a speaker relays it. */
    void mediaRelays(Doc doc, List<Attribution> out) {
        if (out.size() < 2) {
            return; // a relay needs a speaker and a medium: most sentences have one source or none
        }
        Attribution speaker = null;
        for (int k = 0; k < out.size(); k++) {
            Attribution a = out.get(k);
            boolean media = a.source() != null && names(doc, a.spanFirst(), a.spanLast(), "media");
            if (a.source() != null && !media && !a.prep()) {
                speaker = a;
            } else if (media && a.prep() && speaker != null && speaker.spanLast() <= a.anchorFirst()) {
                out.set(k, new Attribution(true, a.anchorFirst(), a.anchorLast(), a.spanFirst(), a.spanLast(),
                        speaker.source().withVia(a.source().name()), a.day()));
            }
        }
    }

    /** A police force named in the few words before token k: only then is an arrest verb read as a source's (rare). */
    boolean policeBefore(Doc doc, int k, int from) {
        return names(doc, Math.max(from, k - POLICE_REACH), k, "police");
    }

    /** An arrest verb names its subject as the source only when that subject is a police force. */
    Attribution byPolice(Doc doc, Attribution a) {
        if (a == null || a.source() == null) {
            return null;
        }
        return names(doc, a.spanFirst(), a.spanLast(), "police") ? a : null;
    }

    /** "ont indique a l'AFP deux diplomates arabes", "said two officials": a few speakers, not a figure. */
    boolean fewSpeakers(Doc doc, int at, int end) {
        org.claims.engine.lexicon.Entry word = lex.numberWord(doc.toks.get(at).text());
        org.claims.engine.lexicon.Match role = at + 1 < end ? lex.gazetteer.at("speaker", doc.toks, at + 1, end, doc.folded) : null;
        return word != null && role != null && role.kind().equals("role");
    }

    /** Tokens [from, to) name a known speaker of that type. */
    private boolean names(Doc doc, int from, int to, String type) {
        return lex.gazetteer.findAll("speaker", doc.toks, from, to, doc.folded).stream()
                .anyMatch(g -> g.entry().extra().equals(type));
    }
}
