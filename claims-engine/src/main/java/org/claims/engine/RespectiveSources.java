package org.claims.engine;

import java.util.ArrayList;
import java.util.List;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.lexicon.Match;
import org.claims.engine.text.Doc;
import org.claims.model.Claim;
import org.claims.model.Qualifier;

/**
 * "Entre 806 000 et 1,5 million de personnes ont manifeste, selon le ministere de l'Interieur et la CGT": a range
 * whose source is two known bodies joined by "et"/"and" is each body's own figure, the low one the first's, the
 * high one the second's, when the first is an official count (police, ministry) and the second a union's or
 * the organisers' (the order news gives them in). Two claims replace the range.
 */
final class RespectiveSources {
    /** Officials who count low and name the first figure of such a pair, unions and organisers the second. */
    private static final java.util.Set<String> OFFICIAL = java.util.Set.of("police", "government", "ministry");
    private static final java.util.Set<String> COUNTERS = java.util.Set.of("union", "organisers");
    private final Lexicons lex;

    RespectiveSources(Lexicons lex) {
        this.lex = lex;
    }

    List<Claim> split(List<Claim> claims) {
        List<Claim> out = null;
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            List<Claim.Source> two = c.quantity().qualifier() == Qualifier.RANGE && c.source() != null ? pair(c.source()) : null;
            if (two != null && out == null) {
                out = new ArrayList<>(claims.subList(0, i));
            }
            if (two != null) {
                out.add(one(c, c.quantity().low(), new Claim.Source(c.source().name(), two.get(0).text(), null)));
                out.add(one(c, c.quantity().high(), two.get(1)));
            } else if (out != null) {
                out.add(c);
            }
        }
        return out == null ? claims : out;
    }

    /** The two bodies the source's words name, joined by a coordinating word, else null. */
    private List<Claim.Source> pair(Claim.Source source) {
        Doc d = new Doc(source.text());
        List<Match> who = lex.gazetteer.findAll("speaker", d.toks, 0, d.toks.size(), d.folded).stream()
                .filter(m -> m.kind().equals("source") || m.kind().equals("office")).toList();
        if (who.size() != 2) {
            return null;
        }
        Match first = who.get(0);
        Match second = who.get(1);
        if (!OFFICIAL.contains(first.entry().extra()) && !first.kind().equals("office")
                || !COUNTERS.contains(second.entry().extra())) {
            return null; // "selon les syndicats et la police": no telling whose figure is whose
        }
        boolean joined = false;
        for (int k = first.last(); k < second.first(); k++) {
            joined |= lex.quantities.at("coord", d.toks, k, second.first(), d.folded) != null;
        }
        return joined ? List.of(new Claim.Source(first.value(), d.text(first.first(), first.last()), null),
                new Claim.Source(second.value(), d.text(second.first(), second.last()), null)) : null;
    }

    private static Claim one(Claim c, long figure, Claim.Source who) {
        int start = c.evidence().start() + Math.max(0, c.evidence().text().indexOf(c.quantity().text()));
        int end = start + c.quantity().text().length();
        String id = Claim.idFor(c.articleId(), c.extractor(), start, end, c.measure(), figure, figure);
        return new Claim(id, c.articleId(), c.extractor(), c.language(), c.measure(), c.subject(),
                new Claim.Quantity(figure, figure, Qualifier.EXACT, c.quantity().text()), c.location(), who,
                c.statedOn(), c.hedged(), c.evidence());
    }
}
