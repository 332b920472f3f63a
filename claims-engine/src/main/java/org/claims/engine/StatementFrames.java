package org.claims.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claims.engine.attribution.Attribution;
import org.claims.engine.dates.DateMention;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.numbers.Quantity;
import org.claims.engine.text.Doc;
import org.claims.model.Claim;

/**
 * Who said a claim and on which day, once the claim is built from its own sentence: the days a source keeps,
 * the paragraph's reporting frame, the day the sentence says things happened, and a next sentence that points
 * back at the figures before it. Claim assembly asks it after each claim and after each sentence.
 */
final class StatementFrames {
    /** How many opening paragraphs may name the news day (the first is often a subtitle). */
    private static final int LEDE_PARAGRAPHS = 2;
    /** How far before its publication a source's day still dates its other figures of the report. */
    private static final int RECENT_DAYS = 7;
    private final Lexicons lex;
    private final Set<String> another;
    private final Set<String> leading;
    private final Set<String> presentVerbs;
    private final Set<String> presentAux;
    private final Set<String> euphonic;

    StatementFrames(Lexicons lex) {
        this.lex = lex;
        this.another = lex.words.of("another");
        this.leading = lex.words.of("leading");
        this.presentVerbs = lex.words.of("presentverb");
        this.presentAux = lex.words.of("presentaux");
        this.euphonic = lex.words.of("euphonic");
    }

    /**
     * "..., annonce l'OIM", "the ministry says", "police have said": a speech verb in the present speaks on the
     * day of publication, whatever day the events of its sentence took ("dans la nuit de vendredi a samedi").
     */
    boolean present(Doc doc, Attribution a) {
        int k = a.anchorFirst();
        if (a.prep() || k >= doc.toks.size()) {
            return false;
        }
        int verb = k >= 2 && euphonic.contains(doc.toks.get(k - 2).text()) ? k - 2 : k; // "a-t-il souligne": a past tense
        boolean afterAux = verb > 0 && lex.attribution.endingAt("aux", doc.toks, verb, Math.max(0, verb - 2), doc.folded) != null;
        return presentVerbs.contains(doc.toks.get(k).text()) && !afterAux
                || k > 0 && presentAux.contains(doc.toks.get(k - 1).text());
    }

    /**
     * A source said to speak on a day goes on speaking that day ("the ministry said on Saturday ... the ministry
     * said in a statement"); a claim whose own words give no day takes its source's last one, else the day of
     * the paragraph's reporting frame ("Un nouveau bilan devoile vendredi ... Au moins 358 morts selon X").
     */
    static Claim statementDay(Claim c, Map<String, LocalDate> days, Attribution frame, LocalDate published) {
        String source = c.source() == null ? null : c.source().name();
        if (c.statedOn() != null) {
            // "Le 9 mars, la police avait compte 224 000 manifestants": a day weeks before the report is history,
            // the source's later figures are not said that day
            if (source != null && recent(c.statedOn(), published)) {
                days.put(source, c.statedOn());
            }
            return c;
        }
        LocalDate day = source != null ? days.get(source) : null;
        if (day == null && frame != null && frame.day() != null && recent(frame.day(), published)) {
            day = frame.day();
        }
        return day == null ? c : c.withStatement(c.source(), day);
    }

    static boolean recent(LocalDate day, LocalDate published) {
        return published == null || !day.isBefore(published.minusDays(RECENT_DAYS));
    }

    /**
     * "Le seisme a fait 230 morts. C'est ce qu'a indique mardi la protection civile.": a sentence opening on a
     * word that points back, with a source and no figure of its own, gives its source and day to the figures
     * of the sentence before that have none; so does a sentence going on with the count ("Trois civils ont ete
     * tues lundi. Six autres personnes ont ete blessees, affirme le gouverneur"), and a speech verb whose object
     * points back ("Le prefet l'a annonce lundi"). Only a sentence pointing back reaches across a paragraph.
     */
    void sourceAfter(Doc doc, SentenceInfo next, List<Claim> out, int firstClaim, boolean newParagraph) {
        if (firstClaim == out.size()) {
            return;
        }
        int second = next.from + 1 < next.to && leading.contains(doc.toks.get(next.from).text()) ? next.from + 1 : next.from;
        Attribution frame = AttributionChooser.frame(next, null);
        boolean ownFigures = frame == null || !next.quantities.isEmpty()
                && next.quantities.get(0).first() < Math.max(frame.spanLast(), frame.anchorLast());
        boolean pointsBack = !ownFigures
                && (lex.attribution.at("backref", doc.toks, next.from, next.to, doc.folded) != null
                || lex.attribution.at("backref", doc.toks, second, next.to, doc.folded) != null // "Et ce bilan ..."
                || !lex.attribution.findAll("backobject", doc.toks, next.from, next.to, doc.folded).isEmpty());
        if (newParagraph && !pointsBack) {
            return; // "This was reported by President X." opening the next paragraph still points back; nothing else does
        }
        boolean goesOn = !next.quantities.isEmpty() && goesOn(doc, next.quantities.get(0), next);
        Attribution a = pointsBack || next.quantities.isEmpty() ? frame
                : goesOn ? AttributionChooser.firstVerb(next) : null;
        if (a == null || a.source() == null) {
            return;
        }
        LocalDate day = a.day() != null ? a.day() : a.prep() ? onlyDay(next) : next.dayBefore;
        for (int k = firstClaim; k < out.size(); k++) {
            Claim c = out.get(k);
            // "Selon Stephane Dujarric, porte-parole de l'ONU, qui a communique cette information le vendredi 31
            // janvier": the same speaker's next sentence dates the figures it gave
            boolean same = c.source() != null && c.source().name().equals(a.source().name());
            Claim.Source who = c.source() == null && (pointsBack || goesOn) ? a.source() : c.source();
            LocalDate when = c.statedOn() == null && (pointsBack || same || who != c.source()) ? day : c.statedOn();
            if (who != c.source() || when != c.statedOn()) {
                out.set(k, c.withStatement(who, when));
            }
        }
    }

    /** The one day a sentence without figures names ("qui a communique ces chiffres le vendredi 31 janvier"). */
    private static LocalDate onlyDay(SentenceInfo s) {
        LocalDate only = null;
        for (DateMention d : s.dates) {
            if (d.date() != null && only != null && !only.equals(d.date())) {
                return null;
            }
            only = d.date() != null ? d.date() : only;
        }
        return s.quantities.isEmpty() ? only : null;
    }

    /** "Six autres personnes", "another 12 people", "12 others": the figure adds to a count already given. */
    private boolean goesOn(Doc doc, Quantity q, SentenceInfo s) {
        int qualStart = Math.max(s.from, doc.tokenAt(q.start()));
        return q.last() < s.to && another.contains(doc.toks.get(q.last()).text())
                || qualStart > s.from && another.contains(doc.toks.get(qualStart - 1).text());
    }

    /**
     * "Ce jeudi 22 mars, fonctionnaires et cheminots defendaient leur statut": the one day the opening paragraph
     * (or the second, when the first names none) says things happened is the news day of the article, for counts
     * that no later paragraph dates.
     */
    static LocalDate ledeDay(Doc doc, List<SentenceInfo> infos) {
        LocalDate only = null;
        int paragraphs = 1;
        for (int i = 0; i < infos.size(); i++) {
            if (i > 0 && PlaceContext.paragraphBreak(doc, infos.get(i - 1), infos.get(i)) && (++paragraphs > LEDE_PARAGRAPHS || only != null)) {
                break;
            }
            LocalDate d = infos.get(i).eventDay;
            if (d != null && only != null && !only.equals(d)) {
                return null;
            }
            only = d != null ? d : only;
        }
        return only;
    }

    /**
     * "Une manifestation a rassemble 1 700 personnes, selon la prefecture, a Nantes mardi soir": a count said with
     * no day of its own is given on the day its sentence (or the sentence before, in its paragraph) names, as
     * crowds and tolls are counted the day they happen.
     */
    static Claim eventDay(Claim c, SentenceInfo s, SentenceInfo before, boolean sameParagraph) {
        LocalDate day = s.eventDay;
        if (day == null && s.dates.isEmpty() && before != null && sameParagraph) {
            day = before.eventDay;
        }
        return day == null ? c : c.withStatement(c.source(), day);
    }
}
