package org.claims.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claims.engine.attribution.Attribution;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.lexicon.Match;
import org.claims.engine.numbers.Quantity;
import org.claims.engine.text.Doc;
import org.claims.model.Claim;
import org.claims.model.Measure;

/** Second pass: turns each figure that counts people into a claim with its source, place and day. */
final class ClaimAssembler {
    /** Who an elliptical figure counts when the article has named nobody yet. */
    private static final int ELLIPSIS_REACH = 8;
    /** How far back a plain "personnes" looks for the people noun that says what they are. */
    private static final String RESIDENTS = "residents";
    private static final int EARLIER_NOUN_REACH = 15;
    private static final SubjectHit PEOPLE = new SubjectHit("people", "people", null, false, "people", false);
    private final Lexicons lex;
    private final SubjectFinder subjects;
    private final LocationFinder locations;
    private final MeasureFinder measures;
    private final java.util.Set<String> leading;
    private final java.util.Set<String> subordinators;
    private final Events events;
    private final StatementFrames frames;

    ClaimAssembler(Lexicons lex, LocationFinder locations) {
        this.lex = lex;
        this.measures = new MeasureFinder(lex);
        this.leading = lex.words.of("leading");
        this.subordinators = lex.words.of("subordinator");
        this.events = new Events(lex, measures);
        this.frames = new StatementFrames(lex);
        this.locations = locations;
        this.subjects = new SubjectFinder(lex);
    }

    /**
     * For claims whose own words and context name no place: headline, the one place the title names, else
     * opening, the one place the body opens on; then the last place named so far.
     */
    record Context(Doc doc, List<SentenceInfo> infos, String articleId, String language, SubjectHit firstSubject,
                   Claim.Location headline, Claim.Location opening, LocalDate published) {
    }

    List<Claim> assemble(Context ctx) {
        List<Claim> out = new ArrayList<>();
        SubjectHit last = null;
        SubjectHit lastNoun = null; // the last noun of people with a measure, for figures with neither before any claim
        int nounsRead = 0; // sentences read for it so far: only read when a figure needs it (rare, so no cost per sentence)
        Claim.Location lastPlace = null;
        int lastPlaceSentence = -2;
        Measure lastMeasure = null;
        Claim.Location lastCapital = locations.capitalOf(ctx.headline() != null ? ctx.headline() : ctx.opening());
        boolean insideQuote = false;
        Attribution frame = null;
        int frameAge = 0; // paragraph breaks since the frame opened: it reaches into the next paragraph only
        PlaceContext places = new PlaceContext(ctx.doc(), lex, locations);
        Map<String, LocalDate> days = new HashMap<>(); // each source's last statement day
        LocalDate ledeDay = StatementFrames.ledeDay(ctx.doc(), ctx.infos());
        ledeDay = ledeDay != null && StatementFrames.recent(ledeDay, ctx.published()) ? ledeDay : null; // the news day is recent
        for (int i = 0; i < ctx.infos().size(); i++) {
            SentenceInfo s = ctx.infos().get(i);
            if (i > 0 && PlaceContext.paragraphBreak(ctx.doc(), ctx.infos().get(i - 1), s)) {
                places.newParagraph();
                frame = ++frameAge > 1 ? null : frame;
            }
            Measure sentenceMeasure = null;
            int firstClaim = out.size();
            for (Quantity q : s.quantities) {
                if (last == null) {
                    for (; nounsRead < i; nounsRead++) {
                        SentenceInfo before = ctx.infos().get(nounsRead);
                        SubjectHit named = subjects.before(ctx.doc(), before.from, before.to, before.to);
                        lastNoun = named != null && named.measure() != null ? named : lastNoun; // "Combien de manifestants ... ? 12 000 selon la police"
                    }
                }
                SubjectHit context = last != null ? last : lastNoun != null ? lastNoun : ctx.firstSubject();
                SubjectHit subj = subjectOf(ctx.doc(), q, s, context, sentenceMeasure != null);
                if (subj == null) {
                    continue;
                }
                boolean carried = subj == context;
                boolean countGoesOn = lastMeasure == Measure.PRESENT && i - lastPlaceSentence <= 1;
                Claim c = claim(ctx, i, insideQuote, q, subj, carried, lastCapital, sentenceMeasure, frame, lastMeasure, countGoesOn);
                boolean sameStretch = c != null && lastPlace != null && i - lastPlaceSentence <= 1 && lastMeasure == c.measure()
                        && s.places.isEmpty();
                if (c != null && c.location() == null) {
                    Claim.Location carriedPlace = lastPlace != null && (carried || sameStretch) ? lastPlace : null;
                    Claim.Location inherited = places.inherited(s);
                    boolean newer = inherited != null && places.paragraphSentence() > lastPlaceSentence;
                    Claim.Location where = carriedPlace != null && !newer ? carriedPlace
                            : inherited != null ? inherited : ctx.headline() != null ? locations.finer(ctx.headline(), places.sceneOrFiled(ctx.infos()))
                            : ctx.opening() != null ? locations.finer(ctx.opening(), places.scene())
                            : places.scene() != null ? places.scene() : places.only(ctx.infos());
                    c = where == null ? c : c.withLocation(where);
                }
                if (c != null) {
                    c = frames.statementDay(c, days, frame, ctx.published());
                    c = c.statedOn() == null ? frames.eventDay(c, s, i > 0 ? ctx.infos().get(i - 1) : null,
                            i > 0 && !PlaceContext.paragraphBreak(ctx.doc(), ctx.infos().get(i - 1), s)) : c;
                    c = c.statedOn() == null && ledeDay != null ? c.withStatement(c.source(), ledeDay) : c;
                    sentenceMeasure = c.measure();
                    lastPlace = c.location();
                    lastPlaceSentence = i;
                    lastMeasure = c.measure();
                    out.add(c);
                    last = new SubjectHit(subj.name(), subj.text(), c.measure().wire(), false, subj.noun(), subj.national());
                }
            }
            if (!insideQuote && !s.openQuote && i + 1 < ctx.infos().size()) {
                frames.sourceAfter(ctx.doc(), ctx.infos().get(i + 1), out, firstClaim,
                        PlaceContext.paragraphBreak(ctx.doc(), s, ctx.infos().get(i + 1)));
            }
            Attribution opened = AttributionChooser.frame(s, null);
            // the speaker of a quote closing here spoke only the quote; "Le 9 mars, la police avait compte ..." is
            // history, no frame for what follows
            if (opened != null && !s.closeQuote && (opened.day() == null || StatementFrames.recent(opened.day(), ctx.published()))) {
                frame = opened;
                frameAge = 0;
            }
            places.after(s, i, lastCapital);
            for (Match p : s.places) {
                if (p.entry().extra().equals("capital")) {
                    lastCapital = new Claim.Location(p.value(), ctx.doc().text(p.first(), p.last()));
                }
            }
            insideQuote = insideQuote ? !s.closeQuote : s.openQuote;
        }
        return out;
    }

    private static int qualStart(Doc doc, Quantity q, SentenceInfo s) {
        return Math.max(s.from, doc.tokenAt(q.start()));
    }

    /**
     * "ils etaient 3 200", "elles sont pres de 2 000": a pronoun and the verb to be count the people there; also
     * across a range opener whose two ends a bracketed source keeps apart ("ils etaient entre 2 100 (police)").
     */
    private boolean crowd(Doc doc, Quantity q, SentenceInfo s) {
        if (crowdEndsAt(doc, qualStart(doc, q, s), s) || crowdEndsAt(doc, q.first(), s)) {
            return true;
        }
        Match opener = lex.quantities.endingAt("rangestart", doc.toks, q.first(), s.from, doc.folded);
        return opener != null && crowdEndsAt(doc, opener.first(), s);
    }

    /** "ils etaient 3 000", "ils etaient notamment entre ...": the crowd's words end at k, or before an adverb there. */
    private boolean crowdEndsAt(Doc doc, int k, SentenceInfo s) {
        Match adverb = lex.quantities.endingAt("adverb", doc.toks, k, s.from, doc.folded);
        return lex.cues.endingAt("crowd", doc.toks, k, s.from, doc.folded) != null
                || adverb != null && lex.cues.endingAt("crowd", doc.toks, adverb.first(), s.from, doc.folded) != null;
    }

    private boolean counted(Doc doc, Quantity q, SentenceInfo s) {
        return lex.quantities.endingAt("countverb", doc.toks, qualStart(doc, q, s), s.from, doc.folded) != null;
    }

    /** The sentence opens on a word placing its figures among the people just counted, before the figure. */
    private boolean among(Doc doc, Quantity q, SentenceInfo s) {
        Match m = lex.quantities.at("among", doc.toks, s.from, s.to, doc.folded);
        int second = s.from + 1 < s.to && leading.contains(doc.toks.get(s.from).text()) ? s.from + 1 : s.from;
        m = m != null ? m : lex.quantities.at("among", doc.toks, second, s.to, doc.folded);
        Match among = m;
        // "Among those detained were four students": the words after "among" say what they are
        return m != null && m.last() <= q.first() && s.cues().stream().noneMatch(c -> c.first() >= among.last() && c.last() <= q.first()
                && !c.kind().equals("present")); // "Parmi eux se trouvaient deux supporters": still the people counted before
    }

    /** claimed: an earlier figure of the sentence already made a claim. */
    private SubjectHit subjectOf(Doc doc, Quantity q, SentenceInfo s, SubjectHit context, boolean claimed) {
        if (q.yearLike() && q.last() < s.to && doc.capitalized(q.last())) {
            return null; // "The 2017 Women's March": a year naming an event
        }
        Quantity set = measures.partitiveSet(doc, q, s); // "six of the 40 people on board": the set's noun
        SubjectHit direct = subjects.direct(doc, set != null ? set : q, s.to);
        if (direct != null) {
            return withNationality(direct, context);
        }
        int qualStart = Math.max(s.from, doc.tokenAt(q.start()));
        boolean elliptical = elliptical(doc, q, qualStart, s, claimed);
        boolean sourced = q.yearLike() && s.attributions.stream().anyMatch(a -> a.prep() && a.anchorFirst() == q.last());
        if (q.yearLike() && !(elliptical && claimed && sourced) || (q.small() && !(elliptical && claimed))) {
            return null; // a year, unless a count of a list names its source ("2500 selon les organisateurs, 1800 selon la police")
        }
        if (elliptical) { // "875 interpellations en zone police et 153 en zone gendarmerie", "eight in Florida"
            SubjectHit h = subjects.before(doc, s.from, q.first(), s.to);
            h = h != null ? h : context != null ? context : PEOPLE;
            return new SubjectHit(h.name(), h.text(), h.measure(), false, h.noun(), h.national());
        }
        boolean link = lex.quantities.endingAt("link", doc.toks, qualStart, s.from, doc.folded) != null
                || lex.quantities.endingAt("link", doc.toks, q.first(), s.from, doc.folded) != null
                || nounRightBefore(doc, lex.quantities.endingAt("linkprep", doc.toks, qualStart, s.from, doc.folded), s);
        boolean crowd = crowd(doc, q, s);
        link |= crowd;
        boolean counted = counted(doc, q, s);
        boolean part = claimed && lex.quantities.endingAt("part", doc.toks, qualStart, s.from, doc.folded) != null;
        boolean trigger = link || part || counted
                || lex.quantities.at("carry", doc.toks, q.last(), s.to, doc.folded) != null
                || lex.quantities.endingAt("total", doc.toks, qualStart, s.from, doc.folded) != null
                || claimed && lex.quantities.endingAt("runningtotal", doc.toks, qualStart, s.from, doc.folded) != null
                || MeasureFinder.cueFollows(q, s) || MeasureFinder.cueRightBefore(q, qualStart, s)
                || s.attributions.stream().anyMatch(a -> a.prep() && (a.anchorFirst() == q.last()
                        || a.spanLast() == qualStart && a.spanLast() > a.spanFirst())); // "12 000 selon X", "selon X 6250"
        if (!trigger) {
            return null;
        }
        SubjectHit before = subjects.before(doc, s.from, q.first(), s.to);
        if (before != null) {
            SubjectHit h = withNationality(before, context);
            return link ? h : new SubjectHit(h.name(), h.text(), h.measure(), false, h.noun(), h.national());
        }
        if (context == null && (crowd || MeasureFinder.cueFollows(q, s) || MeasureFinder.cueRightBefore(q, qualStart, s))) {
            return PEOPLE; // "At least 145 killed in temple stampede": a headline names no one
        }
        return context;
    }

    /**
     * A figure standing for the noun of a figure before it: coordinated with it (a comma, "et", "and",
     * "contre") after a figure that made a claim or after a measure word ("the sixth death in Virginia, along
     * with eight in Florida").
     */
    private boolean elliptical(Doc doc, Quantity q, int qualStart, SentenceInfo s, boolean claimed) {
        qualStart = PlaceShapes.placedBefore(lex, doc, s, qualStart); // ", in Milan 100,000": the place opens the ellipsis
        if (qualStart <= s.from) {
            return false;
        }
        String gap = doc.gap(qualStart - 1, qualStart);
        boolean coordinated = gap.indexOf(',') >= 0 || gap.indexOf(';') >= 0 || gap.indexOf('(') >= 0
                || gap.length() >= 3 && gap.strip().equals("-") // "78 000 personnes - 65 000 en province et ..."
                || lex.quantities.endingAt("coord", doc.toks, qualStart, s.from, doc.folded) != null
                || gappedSource(doc, qualStart, s);
        if (!coordinated || !endsElliptically(doc, q, s)) {
            return false;
        }
        if (claimed) {
            return true;
        }
        for (Match c : s.cues()) {
            if (c.last() <= q.first() && q.first() - c.last() <= ELLIPSIS_REACH
                    && !MeasureFinder.figureBetween(s.quantities, q, c.last(), q.first())) {
                return true;
            }
        }
        return false;
    }

    /** "... et la prefecture 7 850", "..., le ministere 480 000": a source of its own between the joining word or comma and the figure. */
    private boolean gappedSource(Doc doc, int qualStart, SentenceInfo s) {
        for (Attribution a : s.attributions) {
            if (a.prep() && a.spanLast() == qualStart && a.spanFirst() > s.from
                    && (lex.quantities.endingAt("coord", doc.toks, a.spanFirst(), s.from, doc.folded) != null
                    || doc.gap(a.spanFirst() - 1, a.spanFirst()).indexOf(',') >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** What follows a figure without a noun: the clause ends, or a place, a verb or a source comes next. */
    private boolean endsElliptically(Doc doc, Quantity q, SentenceInfo s) {
        int next = q.last();
        if (next >= s.to || doc.gap(next - 1, next).trim().length() > 0) {
            return true;
        }
        return lex.quantities.at("afterellipsis", doc.toks, next, s.to, doc.folded) != null
                || lex.cues.at("measure", doc.toks, next, s.to, doc.folded) != null;
    }

    /** "the crowd at 15,000", "marchers at 50,000": a bare preposition links only the noun just before it. */
    private boolean nounRightBefore(Doc doc, Match prep, SentenceInfo s) {
        if (prep == null) {
            return false;
        }
        int end = prep.first();
        Match nat = lex.subjects.endingAt("nationality", doc.toks, end, s.from, doc.folded);
        end = nat != null ? nat.first() : end;
        return lex.subjects.endingAt("noun", doc.toks, end, s.from, doc.folded) != null;
    }

    private static SubjectHit withNationality(SubjectHit h, SubjectHit context) {
        if (h.national() || context == null || !context.national() || !context.noun().equals(h.noun())) {
            return h;
        }
        return new SubjectHit(context.name(), h.text(), h.measure(), h.inherent(), h.noun(), true);
    }

    /**
     * sentenceMeasure: what an earlier figure of the sentence counted ("150,000 took part ... put it at 22,000");
     * lastMeasure: what the article's previous claim counted, for "Parmi eux figurent 436 rebelles"; crowdGoesOn: that
     * claim counted a crowd, in this sentence or the one before.
     */
    private Claim claim(Context ctx, int index, boolean insideQuote, Quantity q, SubjectHit subj, boolean carried,
                        Claim.Location lastCapital, Measure sentenceMeasure, Attribution frame, Measure lastMeasure,
                        boolean crowdGoesOn) {
        SentenceInfo s = ctx.infos().get(index);
        String cue = measures.cue(ctx.doc(), q, s);
        if ("arrival".equals(cue)) { // migrants arriving are displaced, troops arriving are present
            cue = subj.measure() != null && !subj.inherent() ? subj.measure() : Measure.PRESENT.wire();
        }
        String happened = events.happened(ctx.doc(), q, s, subj.measure(), cue);
        // "L'ONU s'attend a 50 000 refugies": people expected are expected, whatever their noun says they are
        String measure = happened != null ? happened : Measure.EXPECTED.wire().equals(cue) ? cue
                : subj.inherent() && !carried ? subj.measure() : cue != null ? cue : subj.measure();
        int qualStart = Math.max(s.from, ctx.doc().tokenAt(q.start()));
        if (sentenceMeasure != null
                && lex.quantities.endingAt("runningtotal", ctx.doc().toks, qualStart, s.from, ctx.doc().folded) != null) {
            measure = sentenceMeasure.wire(); // "six additional deaths, bringing the number to 32"
        }
        if (sentenceMeasure != null && lastMeasure != null && !MeasureFinder.cueFollows(q, s)
                && lex.quantities.endingAt("part", ctx.doc().toks, qualStart(ctx.doc(), q, s), s.from, ctx.doc().folded) != null) {
            measure = lastMeasure.wire(); // "875 interpellations, dont 408 a Paris, ... tue par un policier": a part of the count before
        }
        if (Measure.WOUNDED.wire().equals(measure) && Events.diedLater(ctx.doc(), q, s)) {
            measure = Measure.KILLED.wire(); // "Quinze personnes blessees sont decedees": the wounded died
        }
        if (lastMeasure != null && among(ctx.doc(), q, s) && !MeasureFinder.cueFollows(q, s)) {
            measure = lastMeasure.wire(); // "Parmi eux figurent 436 combattants rebelles": parts of the count before
        }
        if ((measure == null || measure.equals("present")) && MeasureFinder.released(lex, ctx.doc(), q, s)) {
            measure = Measure.CAPTURED.wire();
        }
        if (measure == null && subj.measure() == null) {
            // "Parmi les autres cortèges, on recensait selon la police 8.500 personnes": a people noun earlier in the
            // sentence says what the plain "personnes" are
            SubjectHit earlier = subjects.before(ctx.doc(), Math.max(s.from, q.first() - EARLIER_NOUN_REACH), q.first(), s.to);
            measure = earlier != null && earlier.measure() != null ? earlier.measure() : null;
            if (measure == null && crowdGoesOn && !s.attributions.isEmpty()) {
                measure = Measure.PRESENT.wire(); // "La CGT revendique 300 000 manifestants. La police parle de 130 000 personnes"
            }
        }
        if (measure == null && (crowd(ctx.doc(), q, s) || counted(ctx.doc(), q, s) && !s.attributions.isEmpty()
                && !RESIDENTS.equals(subj.name()))) { // "le village compte quelque 300 habitants": its size
            // "Ils etaient 3 200 selon la police": they were there, that many; "la police en denombre 300 000",
            // "les organisateurs ont revendique 1,4 million de personnes": a source counting people counts a crowd
            measure = Measure.PRESENT.wire();
        }
        if (measure == null && (sentenceMeasure == null || measures.partitiveWhole(ctx.doc(), q, s))) {
            return null; // "six of the 40 people on board died": the 33 are no claim when their noun says nothing
        }
        Measure m = measure != null ? Measure.fromWire(measure) : sentenceMeasure;
        Attribution a = AttributionChooser.choose(ctx.doc(), q, s, subordinators);
        Attribution own = a;
        SentenceInfo daySentence = s;
        if (a == null && (s.openQuote || insideQuote)) {
            for (int k = index + 1; k < ctx.infos().size() && k <= index + 4 && a == null; k++) {
                SentenceInfo next = ctx.infos().get(k);
                a = AttributionChooser.firstVerb(next);
                daySentence = next;
                if (next.openQuote) {
                    break;
                }
            }
        }
        if (a == null && !s.openQuote && !insideQuote) {
            a = frame; // the reporting frame of the paragraph: "Le ministere a publie un bilan lundi. 41 morts..."
        }
        Claim.Source source = a == null ? null : a.source();
        LocalDate stated = a == null ? null : a.day() != null ? a.day() : a.prep() ? null : daySentence.dayBefore;
        stated = stated != null && a != own && !StatementFrames.recent(stated, ctx.published()) ? null : stated; // a carried day of history
        boolean inverted = a != null && a.spanFirst() >= a.anchorLast(); // "..., annonce l'OIM": a day before it is the events'
        stated = a != null && a == own && (inverted || a.day() == null) && frames.present(ctx.doc(), a) ? ctx.published() : stated;
        Claim.Location where = locations.pronounY(ctx.doc(), q, s, index > 0 ? ctx.infos().get(index - 1) : null);
        if (where == null) {
            where = locations.find(ctx.doc(), q, s, lastCapital, m);
        }
        if (where == null) {
            where = locations.ofSource(ctx.doc(), own, s); // the sentence's own source, not a carried frame
        }
        Doc doc = ctx.doc();
        String evidence = doc.body.substring(s.span.start(), s.span.end());
        return new Claim(Claim.idFor(ctx.articleId(), ClaimExtractor.VERSION, q.start(), q.end(), m, q.low(), q.high()),
                ctx.articleId(), ClaimExtractor.VERSION, ctx.language(), m,
                new Claim.Subject(subj.name(), subj.text()),
                new Claim.Quantity(q.low(), q.high(), q.qualifier(), doc.body.substring(q.start(), q.end())),
                where, source, stated, s.hedged(),
                new Claim.Evidence(evidence, s.span.start(), s.span.end()));
    }
}
