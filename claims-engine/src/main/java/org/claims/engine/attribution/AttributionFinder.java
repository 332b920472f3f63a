package org.claims.engine.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.lexicon.Match;
import org.claims.engine.text.Doc;
import org.claims.model.Claim;

/**
 * Finds who speaks in a sentence: "selon X" / "according to X" take the words after the marker; a speech
 * verb takes its subject before it ("X a declare", "X said"), or after it when the clause is inverted after
 * a comma or a quote (", a declare X", ", said X"); the agent of a reporting participle counts too ("estime
 * a 245 000 par les syndicats", "figures released by the IOM"). "cite par X" only relays: X is the source
 * when nobody else in the sentence is.
 */
public final class AttributionFinder {
    /** A longer run after an inverted verb holding a figure is the verb's object ("said warplanes hit two buses ..."). */
    private static final int SHORT_SPEAKER = 6;
    private static final int AGENT_REACH = 7;
    private static final int RELAY_GAP = 2;
    private static final int LEAD_PERSON = 6;
    private final Lexicons lex;
    private final SourceResolver resolver;
    private final Spans spans;
    private final Set<String> that;
    private final Set<String> clitics;
    private final Set<String> articles;
    private final FigureSources figureSources;
    private final Set<String> euphonic;
    private final Set<String> activeAux;
    private final Set<String> determiners;
    private final Set<String> relative;
    private final Set<String> listeners;
    private final VerbObjects objects;
    private final TimePhrases times;
    private final SourceRoles roles;
    private static final int LISTENER_WORDS = 4;

    public AttributionFinder(Lexicons lex) {
        this.lex = lex;
        this.that = lex.words.of("that");
        this.clitics = lex.words.of("clitic");
        this.articles = lex.words.of("article");
        this.euphonic = lex.words.of("euphonic");
        this.activeAux = lex.words.of("activeaux");
        this.determiners = lex.words.of("determiner");
        this.relative = lex.words.of("relative");
        this.listeners = lex.words.of("listener");
        this.objects = new VerbObjects(lex, this::opensFigure);
        this.times = new TimePhrases(lex);
        this.roles = new SourceRoles(lex);
        this.resolver = new SourceResolver(lex);
        this.spans = new Spans(lex);
        this.figureSources = new FigureSources(lex, resolver, this::opensFigure);
    }

    /** A memory for one article, listing the organisations it names only if a role noun asks for them. */
    public SourceMemory memory(Doc doc) {
        return new SourceMemory((from, to, memory) -> resolver.mentions(doc, from, to, memory));
    }

    public List<Attribution> find(Doc doc, int from, int to, SourceMemory memory) {
        memory.seen(from);
        List<Attribution> out = new ArrayList<>();
        List<Attribution> relays = new ArrayList<>();
        List<Match> agents = null;
        for (Match m : lex.attribution.findAll("marker", doc.toks, from, to, doc.folded)) {
            if (m.kind().equals("agent")) {
                agents = agents == null ? new ArrayList<>(2) : agents;
                agents.add(m);
                continue;
            }
            memory.seen(m.first());
            Attribution a = switch (m.kind()) {
                case "prep", "relay", "cite" -> prep(doc, m, to, memory);
                case "weakprep" -> known(doc, m, to) ? prep(doc, m, to, memory) : null;
                case "verb", "pverb", "tell" -> SourceRoles.nameWord(doc, m, from) ? null : roles.coordinated(doc, m, from)
                        ? roles.shared(doc, m, from, out, resolver, memory) : verb(doc, m, from, to, memory);
                case "tollverb" -> objects.countAfter(doc, m.last(), to) ? verb(doc, m, from, to, memory) : null;
                case "arrestverb" -> roles.policeBefore(doc, m.first(), from) ? roles.byPolice(doc, verb(doc, m, from, to, memory)) : null;
                case "participle" -> participle(doc, m, from, to, out, memory);
                default -> null;
            };
            if (a != null && m.kind().equals("cite") && relayed(doc, out, a)) {
                continue;
            }
            if (a != null) {
                (m.kind().equals("relay") || m.kind().equals("arrestverb") ? relays : out).add(a); // police arresting: when nobody speaks
            }
        }
        for (int k = 0; agents != null && k < agents.size(); k++) {
            memory.seen(agents.get(k).first());
            Attribution a = agent(doc, agents.get(k), from, to, out, memory);
            if (a != null) {
                out.add(a);
            }
        }
        if (out.stream().noneMatch(a -> a.source() != null)) {
            out.addAll(relays);
        }
        roles.mediaRelays(doc, out);
        figureSources.gapped(doc, to, out, memory);
        figureSources.bracketed(doc, from, to, out, memory);
        if (out.isEmpty()) {
            leadPerson(doc, from, to, memory);
        }
        return out;
    }

    /** "L'ONU denombre 1,2 million": a known body right before the word makes it its verb, not a participle. */
    private boolean knownBefore(Doc doc, int end, int from) {
        Match g = lex.gazetteer.endingAt("speaker", doc.toks, end, from, doc.folded);
        return g != null && (g.kind().equals("source") || g.kind().equals("office") || g.kind().equals("person"));
    }

    /** "pour la police": a known organisation or office right after the word (an article may come between). */
    private boolean known(Doc doc, Match m, int to) {
        int k = m.last();
        if (k < to && articles.contains(doc.toks.get(k).text())) {
            k++;
        }
        Match s = k < to ? lex.gazetteer.at("speaker", doc.toks, k, to, doc.folded) : null;
        return s != null && (s.kind().equals("source") || s.kind().equals("office")) && !s.entry().extra().equals("nation");
    }

    private Attribution prep(Doc doc, Match m, int to, SourceMemory memory) {
        int end = spans.forwardEnd(doc, m.last(), to);
        Claim.Source s = resolver.resolve(doc, m.last(), end, memory, true);
        int owner = s == null || roles.namedByCount(s) ? roles.tollOwner(doc, m.last(), to) : -1;
        int ownerEnd = owner > 0 ? spans.forwardEnd(doc, owner, to) : -1;
        Claim.Source byOwner = owner > 0 ? resolver.resolve(doc, owner, ownerEnd, memory, true) : null;
        end = byOwner != null ? ownerEnd : end;
        s = byOwner != null ? byOwner : s;
        if (s == null && m.last() - m.first() > 1 && lex.gazetteer.at("speaker", doc.toks, m.last() - 1, end, doc.folded) != null) {
            s = resolver.resolve(doc, m.last() - 1, end, memory, true); // "de source policiere": the marker's last word opens the name
        }
        return new Attribution(true, m.first(), m.last(), m.last(), end, s, null);
    }

    /**
     * "selon l'AFP, citant des sources policieres", "Reuters reported, citing a security source": the cited
     * source replaces the one just before it, which stays as the relay (source.via).
     */
    private static boolean relayed(Doc doc, List<Attribution> found, Attribution cited) {
        if (cited.source() == null) {
            return false;
        }
        for (int k = found.size() - 1; k >= 0; k--) {
            Attribution a = found.get(k);
            int end = Math.max(a.spanLast(), a.anchorLast());
            if (a.source() != null && end <= cited.anchorFirst() && cited.anchorFirst() - end <= RELAY_GAP
                    && doc.gap(end - 1, end).indexOf('.') < 0) {
                found.set(k, new Attribution(a.prep(), a.anchorFirst(), a.anchorLast(), a.spanFirst(), a.spanLast(),
                        cited.source().withVia(a.source().name()), a.day()));
                return true;
            }
        }
        return false;
    }

    /** "par"/"by" naming who produced a figure, when a reporting participle opens the stretch before it. */
    private Attribution agent(Doc doc, Match m, int from, int to, List<Attribution> found, SourceMemory memory) {
        for (Attribution a : found) {
            if (m.first() >= a.anchorFirst() && m.first() < Math.max(a.spanLast(), a.anchorLast())) {
                return null; // already inside "selon des chiffres publies par X" or "estimes par"
            }
        }
        boolean reported = false;
        for (int k = m.first(); k > from && m.first() - k < AGENT_REACH && !reported; k--) {
            if (Spans.boundary(doc, k - 1, k)) {
                break;
            }
            reported = lex.attribution.at("passive", doc.toks, k - 1, m.first(), doc.folded) != null
                    && (k < 2 || !activeAux.contains(doc.toks.get(k - 2).text()));
        }
        if (!reported || m.last() >= to || Spans.boundary(doc, m.first(), m.last())
                || lex.cues.endingAt("measure", doc.toks, m.first(), from, doc.folded) != null) {
            return null; // "reported that 41 people have been killed by authorities": who did it, not who says
        }
        int end = spans.forwardEnd(doc, m.last(), to);
        Claim.Source s = resolver.resolve(doc, m.last(), end, memory, true);
        return s == null ? null : new Attribution(true, m.first(), m.last(), m.last(), end, s, null);
    }

    /** "X told Reuters 10 people were killed and 20 wounded, adding ...": the participle's subject is X. */
    private Attribution participle(Doc doc, Match m, int from, int to, List<Attribution> found, SourceMemory memory) {
        Attribution a = SourceRoles.earlier(m, found);
        return a != null ? a : verb(doc, m, from, to, memory);
    }

    private Attribution verb(Doc doc, Match m, int from, int to, SourceMemory memory) {
        int subjEnd = m.first();
        boolean pronounInversion = subjEnd - 2 >= from && euphonic.contains(doc.toks.get(subjEnd - 2).text())
                && lex.gazetteer.at("speaker", doc.toks, subjEnd - 1, subjEnd, doc.folded) != null;
        if (pronounInversion) { // "a-t-il ajoute": the pronoun sits between auxiliary and verb
            Claim.Source s = resolver.resolve(doc, subjEnd - 1, subjEnd, memory, false);
            return new Attribution(false, m.first(), m.last(), subjEnd - 1, subjEnd, s, null);
        }
        Match adverb;
        while (subjEnd - 1 > from && (adverb = lex.attribution.endingAt("adverb", doc.toks, subjEnd, from + 1, doc.folded)) != null) {
            subjEnd = adverb.first(); // "a egalement indique", "ont pour leur part avance", "has also said"
        }
        Match aux;
        while ((aux = lex.attribution.endingAt("aux", doc.toks, subjEnd, from, doc.folded)) != null
                && !Spans.boundary(doc, subjEnd - 1, subjEnd)) {
            subjEnd = aux.first();
        }
        boolean thatFollows = m.last() < to && that.contains(doc.toks.get(m.last()).text());
        int pastClitics = subjEnd; // "la police en denombre 300 000": a known body, then a clitic, then the verb
        while (pastClitics > from + 1 && clitics.contains(doc.toks.get(pastClitics - 1).text())) { // ", Jean Dupont, l'a annonce"
            pastClitics--;
        }
        boolean speakerCloses = roles.knownSpeakerCloses(doc, m, to); // asked twice below: read once
        if (m.kind().equals("pverb") && subjEnd == m.first() && !startsClause(doc, subjEnd, from) && !thatFollows
                && !knownBefore(doc, pastClitics, from) && !roles.bodyOfPlace(doc, pastClitics, from) && !speakerCloses) {
            return null;
        }
        subjEnd = pastClitics;
        int bracket = Spans.bracketStart(doc, subjEnd, from);
        int start = bracket > from + 1 ? spans.backwardStart(doc, bracket - 1, from) : spans.backwardStart(doc, subjEnd, from);
        if (start < subjEnd && start - 1 > from && relative.contains(doc.toks.get(start - 1).text())) {
            int head = spans.backwardStart(doc, start - 1, from); // "another relief worker who treated them reported"
            Claim.Source s = head < start - 1 ? resolver.resolve(doc, head, start - 1, memory, false) : null;
            if (s != null) {
                return new Attribution(false, m.first(), m.last(), head, start - 1, s, null);
            }
        }
        Attribution closing = !thatFollows && !m.kind().equals("tell") && speakerCloses
                ? inverted(doc, m, to, memory) : null; // "officials told AFP": a listener
        if (closing != null) {
            return closing; // "... et 40 autres blesses au Soudan precise le HCR.": the known speaker after the verb
        }
        if (start < subjEnd) {
            Claim.Source s = resolver.resolve(doc, start, subjEnd, memory, false);
            if (s != null) {
                return new Attribution(false, m.first(), m.last(), start, subjEnd, s, null);
            }
        }
        // "354 deaths were recorded in the X region": a passive verb has no speaker after it
        Attribution inverted = thatFollows || m.kind().equals("tell") || roles.passive(doc, m, from) ? null : inverted(doc, m, to, memory);
        if (inverted != null) {
            return inverted;
        }
        if (start == subjEnd && subjEnd > from) {
            int seg1 = Spans.segmentStart(doc, subjEnd, from);
            int seg2 = seg1 > from ? Spans.segmentStart(doc, seg1, from) : seg1;
            if (seg2 < seg1 && subjEnd - seg2 <= Spans.MAX_SPAN && !figureWithin(doc, seg2, subjEnd)) {
                Claim.Source s = resolver.resolve(doc, seg2, subjEnd, memory, false);
                if (s != null) {
                    return new Attribution(false, m.first(), m.last(), seg2, subjEnd, s, null);
                }
            }
        }
        return sentenceSubject(doc, m, from, memory);
    }

    /**
     * ", a declare X" / ", said X": the source follows the verb (and a day). Its words must end the clause;
     * words running on past the span limit are the verb's object ("said the 11,000 troops Pyongyang sent ...").
     */
    private Attribution inverted(Doc doc, Match m, int to, SourceMemory memory) {
        int after = m.last();
        boolean setOff = false; // "a declare, vendredi 4 mars, le ministre": a day between commas
        Match day;
        while (after < to && (day = times.dayAt(doc, after, to)) != null) {
            boolean comma = doc.gap(after - 1, after).strip().equals(",");
            if (Spans.boundary(doc, after - 1, after) && !comma) {
                break;
            }
            setOff |= comma;
            after = day.last();
        }
        after = times.pastTime(doc, after, to); // "a annonce dans la nuit de lundi a mardi le vice-president"
        after = roles.pastChannel(doc, pastListener(doc, after, to), to);
        boolean closed = setOff && after < to && doc.gap(after - 1, after).strip().equals(",");
        if (after >= to || Spans.boundary(doc, after - 1, after) && !closed
                || lex.attribution.at("stop", doc.toks, after, to, doc.folded) != null
                || roles.agent(doc, after, to)) {
            return null; // "could not say if they were soldiers": no speaker after the verb; "claimed by X": a passive
        }
        int end = spans.forwardEnd(doc, after, to);
        Match pronoun = lex.gazetteer.at("speaker", doc.toks, after, end, doc.folded);
        if (end - after >= Spans.MAX_SPAN || (pronoun != null && pronoun.kind().equals("pronoun"))
                || opensFigure(doc, after, end) && !roles.fewSpeakers(doc, after, end) || end - after > SHORT_SPEAKER && figureWithin(doc, after, end)) {
            return null; // "said it had verified 1,010", "said at least 80 ...": the verb's object, not its subject
        }
        boolean cutByFigure = end < to && doc.toks.get(end).isDigits();
        if (objects.isObject(doc, after, end, to) || objects.clause(doc, after + 1, end)) {
            return null; // "a annonce dimanche un nouveau bilan de 37 084 morts": the verb's object, not its subject
        }
        Claim.Source s = resolver.resolve(doc, after, end, memory, false);
        if (s == null && determiners.contains(doc.toks.get(after).text()) && end - after > 1 && !figureWithin(doc, after, end)
                && !cutByFigure && afterBoundary(doc, m)) {
            String text = doc.text(after, end); // ", a precise la mission de maintien de la paix": whoever it is, it speaks
            s = new Claim.Source(doc.text(after + 1, end), text, null);
        }
        return s == null ? null : new Attribution(false, m.first(), m.last(), after, end, s, null);
    }

    /**
     * ", a annonce a des medias le porte-parole", ", ont indique a l'AFP des sources": whom the speaker told sits
     * between the verb and the speaker; the speaker's words start at the next determiner, and without one
     * nobody speaks after the verb.
     */
    private int pastListener(Doc doc, int after, int to) {
        if (after >= to || !listeners.contains(doc.toks.get(after).text())) {
            return after;
        }
        for (int k = after + 2; k < to && k <= after + LISTENER_WORDS; k++) {
            if (Spans.boundary(doc, k - 1, k)) {
                return after;
            }
            String w = doc.toks.get(k).text(); // "a l'AFP deux diplomates": a number opens the speaker too; so does a name
            if (determiners.contains(w) || articles.contains(w) || lex.numberWord(w) != null // after a one-word listener
                    || k == after + 3 && doc.capitalized(k) && Canonical.acronym(lex, doc, k - 1, k) != null) { // ("a l'AFP Jane Doe")
                return k;
            }
        }
        return to; // "a declare a l'agence de presse AFP que ...": only a listener follows, no speaker
    }

    /** The verb, with its auxiliaries, opens its clause: ", a precise X" is inverted, "a communique ces chiffres" is not. */
    private boolean afterBoundary(Doc doc, Match m) {
        int k = SourceRoles.verbStart(lex, doc, m, 0); // "», a egalement precise la mission"
        return k == 0 || Spans.boundary(doc, k - 1, k);
    }


    /** When the verb's own subject is out of reach (after a relative clause), the sentence's first speaker. */
    private Attribution sentenceSubject(Doc doc, Match m, int from, SourceMemory memory) {
        for (Match g : lex.gazetteer.findAll("speaker", doc.toks, from, m.first(), doc.folded)) {
            boolean media = g.entry().extra().equals("media"); // "ROME (Reuters) - ...": the wire's dateline names no speaker
            boolean nation = g.entry().extra().equals("nation"); // "le conflit syrien" names no speaker either
            if ((g.kind().equals("source") && !media && !nation) || g.kind().equals("person")) {
                int end = g.last();
                while (end < m.first() && end - g.first() < 6 && !Spans.boundary(doc, end - 1, end)) {
                    end++;
                }
                int start = g.first();
                while (start > from && g.last() - start < 6 && !Spans.boundary(doc, start - 1, start)) {
                    start--;
                }
                if (figureWithin(doc, start, g.first())) {
                    continue; // "Au moins 28 rebelles ont peri ...": the people counted, not who speaks
                }
                Claim.Source s = resolver.resolve(doc, start, end, memory, false);
                return new Attribution(false, m.first(), m.last(), start, end, s, null);
            }
        }
        return null;
    }

    /**
     * A sentence that quotes nobody but opens on a named person ("Le ministre ..., Bruno Retailleau, doit se
     * rendre ...") makes that person the one a following "a-t-il declare" refers to.
     */
    private void leadPerson(Doc doc, int from, int to, SourceMemory memory) {
        boolean capital = false; // a sentence opening inside a quote names someone quoted, not a speaker (below)
        for (int k = from + 1; k < to && k <= from + LEAD_PERSON && !capital; k++) {
            capital = doc.capitalized(k); // a name needs a capital past the first word: most sentences stop here
        }
        if (!capital || Spans.openedByQuote(doc, from)) {
            return;
        }
        int end = spans.forwardEnd(doc, from, to);
        SourceResolver.Resolved r = resolver.describe(doc, from, end, memory, false);
        Claim.Source s = r == null ? null : r.source();
        if (s != null && r.type() != null && s.person() != null && resolver.personWithin(doc, from, end, LEAD_PERSON)) {
            memory.remember(s, "any", from);
        }
    }

    /** A subject has no figure of its own: "Le naufrage ... a fait 18 morts lundi, ont indique X" is no subject. */
    private boolean figureWithin(Doc doc, int from, int to) {
        for (int k = from; k < to; k++) {
            if (opensFigure(doc, k, to)) {
                return true;
            }
        }
        return false;
    }

    boolean opensFigure(Doc doc, int at, int end) {
        org.claims.engine.lexicon.Entry word = lex.numberWord(doc.toks.get(at).text());
        return doc.toks.get(at).isDigits() || (word != null && word.kind().equals("unit"))
                || lex.quantities.at("qualifier", doc.toks, at, end, doc.folded) != null;
    }

    private static boolean startsClause(Doc doc, int i, int from) {
        return i <= from || Spans.boundary(doc, i - 1, i);
    }
}
