package org.claims.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claims.engine.attribution.Attribution;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.lexicon.Match;
import org.claims.engine.numbers.Quantity;
import org.claims.engine.text.Doc;
import org.claims.model.Claim;
import org.claims.model.Measure;

/** Second pass: turns each figure that counts people into a claim with its source, place and day. */
final class ClaimAssembler {
    private final Lexicons lex;
    private final SubjectFinder subjects;

    ClaimAssembler(Lexicons lex) {
        this.lex = lex;
        this.subjects = new SubjectFinder(lex);
    }

    /** lead: the one place the article opens on, for claims whose own words and context name none. */
    record Context(Doc doc, List<SentenceInfo> infos, String articleId, String language, SubjectHit firstSubject,
                   Claim.Location lead) {
    }

    List<Claim> assemble(Context ctx) {
        List<Claim> out = new ArrayList<>();
        SubjectHit last = null;
        Claim.Location lastPlace = null;
        int lastPlaceSentence = -2;
        Measure lastMeasure = null;
        Claim.Location lastCapital = null;
        boolean insideQuote = false;
        PlaceContext places = new PlaceContext(ctx.doc(), lex);
        for (int i = 0; i < ctx.infos().size(); i++) {
            SentenceInfo s = ctx.infos().get(i);
            if (i > 0 && PlaceContext.paragraphBreak(ctx.doc(), ctx.infos().get(i - 1), s)) {
                places.newParagraph();
            }
            Measure sentenceMeasure = null;
            for (Quantity q : s.quantities) {
                SubjectHit context = last != null ? last : ctx.firstSubject();
                SubjectHit subj = subjectOf(ctx.doc(), q, s, context);
                if (subj == null) {
                    continue;
                }
                boolean carried = subj == context;
                Claim c = claim(ctx, i, insideQuote, q, subj, carried, lastCapital, sentenceMeasure);
                boolean sameStretch = c != null && lastPlace != null && i - lastPlaceSentence <= 1 && lastMeasure == c.measure()
                        && s.places.isEmpty();
                if (c != null && c.location() == null) {
                    Claim.Location carriedPlace = lastPlace != null && (carried || sameStretch) ? lastPlace : null;
                    Claim.Location inherited = places.inherited(s);
                    boolean newer = inherited != null && places.paragraphSentence() > lastPlaceSentence;
                    Claim.Location where = carriedPlace != null && !newer ? carriedPlace
                            : inherited != null ? inherited : ctx.lead();
                    c = where == null ? c : withLocation(c, where);
                }
                if (c != null) {
                    sentenceMeasure = c.measure();
                    lastPlace = c.location();
                    lastPlaceSentence = i;
                    lastMeasure = c.measure();
                    out.add(c);
                    last = new SubjectHit(subj.name(), subj.text(), c.measure().wire(), false, subj.noun(), subj.national());
                }
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

    private SubjectHit subjectOf(Doc doc, Quantity q, SentenceInfo s, SubjectHit context) {
        SubjectHit direct = subjects.direct(doc, q, s.to);
        if (direct != null) {
            return withNationality(direct, context);
        }
        if (q.small() || q.yearLike()) {
            return null;
        }
        int qualStart = Math.max(s.from, doc.tokenAt(q.start()));
        boolean link = lex.quantities.endingAt("link", doc.toks, qualStart, s.from, doc.folded) != null
                || lex.quantities.endingAt("link", doc.toks, q.first(), s.from, doc.folded) != null
                || nounRightBefore(doc, lex.quantities.endingAt("linkprep", doc.toks, qualStart, s.from, doc.folded), s);
        boolean counted = lex.quantities.endingAt("countverb", doc.toks, qualStart, s.from, doc.folded) != null;
        boolean part = lex.quantities.endingAt("part", doc.toks, qualStart, s.from, doc.folded) != null;
        boolean trigger = link || part || counted
                || lex.quantities.at("carry", doc.toks, q.last(), s.to, doc.folded) != null
                || lex.quantities.endingAt("total", doc.toks, qualStart, s.from, doc.folded) != null
                || MeasureFinder.cueFollows(q, s) || MeasureFinder.cueRightBefore(q, qualStart, s)
                || s.attributions.stream().anyMatch(a -> a.prep() && a.anchorFirst() == q.last());
        if (!trigger) {
            return null;
        }
        SubjectHit before = subjects.before(doc, s.from, q.first(), s.to);
        if (before != null) {
            SubjectHit h = withNationality(before, context);
            return link ? h : new SubjectHit(h.name(), h.text(), h.measure(), false, h.noun(), h.national());
        }
        return context;
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

    private static Claim withLocation(Claim c, Claim.Location where) {
        return new Claim(c.claimId(), c.articleId(), c.extractor(), c.language(), c.measure(), c.subject(),
                c.quantity(), where, c.source(), c.statedOn(), c.hedged(), c.evidence());
    }

    private static SubjectHit withNationality(SubjectHit h, SubjectHit context) {
        if (h.national() || context == null || !context.national() || !context.noun().equals(h.noun())) {
            return h;
        }
        return new SubjectHit(context.name(), h.text(), h.measure(), h.inherent(), h.noun(), true);
    }

    /** sentenceMeasure: what an earlier figure of the sentence counted ("150,000 took part ... put it at 22,000"). */
    private Claim claim(Context ctx, int index, boolean insideQuote, Quantity q, SubjectHit subj, boolean carried,
                        Claim.Location lastCapital, Measure sentenceMeasure) {
        SentenceInfo s = ctx.infos().get(index);
        String cue = MeasureFinder.cue(ctx.doc(), q, s);
        String measure = subj.inherent() && !carried ? subj.measure() : cue != null ? cue : subj.measure();
        if ((measure == null || measure.equals("present")) && MeasureFinder.released(lex, ctx.doc(), q, s)) {
            measure = Measure.CAPTURED.wire();
        }
        if (measure == null && sentenceMeasure == null) {
            return null;
        }
        Measure m = measure != null ? Measure.fromWire(measure) : sentenceMeasure;
        Attribution a = AttributionChooser.choose(ctx.doc(), q, s);
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
        Claim.Source source = a == null ? null : a.source();
        LocalDate stated = a == null ? null : a.day() != null ? a.day() : a.prep() ? null : daySentence.dayBefore;
        Claim.Location where = LocationFinder.pronounY(ctx.doc(), q, s, index > 0 ? ctx.infos().get(index - 1) : null);
        if (where == null) {
            where = LocationFinder.find(ctx.doc(), q, s, lastCapital, m);
        }
        Doc doc = ctx.doc();
        String evidence = doc.body.substring(s.span.start(), s.span.end());
        return new Claim(Claim.idFor(ctx.articleId(), ClaimExtractor.VERSION, q.start(), q.end(), m, q.low(), q.high()),
                ctx.articleId(), ClaimExtractor.VERSION, ctx.language(), m,
                new Claim.Subject(subj.name(), subj.text()),
                new Claim.Quantity(q.low(), q.high(), q.qualifier(), doc.body.substring(q.start(), q.end())),
                where, source, stated, s.hedged,
                new Claim.Evidence(evidence, s.span.start(), s.span.end()));
    }
}
