package org.claims.engine.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.lexicon.Match;
import org.claims.engine.text.Doc;
import org.claims.model.Claim;

/**
 * Sources that belong to one figure of a sentence rather than to its verb: a second source sharing the first
 * one's verb ("la CGT a compte 180 000 manifestants et la prefecture 7 850") and a source in brackets right
 * after its figure ("entre 2 100 (police) et 7 000 (CGT)").
 */
final class FigureSources {
    /** Whether a figure opens at a token (a digit, a number word or a qualifier). */
    interface FigureStart {
        boolean at(Doc doc, int at, int end);
    }

    private final Lexicons lex;
    private final SourceResolver resolver;
    private final FigureStart opensFigure;
    private final Set<String> articles;
    private final Set<String> sourceLabels;

    FigureSources(Lexicons lex, SourceResolver resolver, FigureStart opensFigure) {
        this.lex = lex;
        this.resolver = resolver;
        this.opensFigure = opensFigure;
        this.articles = lex.words.of("article");
        this.sourceLabels = lex.words.of("sourcelabel");
    }

    /**
     * "1 100 (police) a 1 300 (syndicats)", "7,000 (prefecture) and 160,000 (unions)": a known source alone in
     * brackets right after a figure is that figure's, and one labelled "(source : pompiers)" is that of the figures
     * before it. Its span is left empty so the figure after the bracket, which starts right after it, is not read
     * as the bracket's own figure.
     */
    void bracketed(Doc doc, int from, int to, List<Attribution> out, SourceMemory memory) {
        boolean found = false;
        for (int k = from; k + 2 < to; k++) {
            if (!opening(doc, k)) {
                continue; // most gaps hold no bracket: nothing more is read for them
            }
            boolean labelled = labelled(doc, k);
            if (!labelled && !doc.toks.get(k).isDigits()) {
                continue;
            }
            int start = labelled ? k + 2 : k + 1;
            int words = articles.contains(doc.toks.get(start).text()) ? start + 1 : start;
            Match who = words < to ? lex.gazetteer.at("speaker", doc.toks, words, to, doc.folded) : null;
            if (who == null || who.kind().equals("pronoun") || !closes(doc, who.last() - 1)) {
                continue;
            }
            Claim.Source s = resolver.resolve(doc, start, who.last(), memory, true);
            if (s != null) {
                out.add(new Attribution(true, k + 1, k + 1, who.first(), who.first(), s, null));
                found = true;
            }
        }
        if (found) { // the chooser takes the first source after a figure: keep them in reading order
            out.sort((x, y) -> Integer.compare(x.anchorFirst(), y.anchorFirst()));
        }
    }

    /** "(source : pompiers)": token k + 1, right after the bracket, is a source label with a colon after it. */
    private boolean labelled(Doc doc, int k) {
        return sourceLabels.contains(doc.toks.get(k + 1).text()) && doc.gap(k + 1, k + 2).strip().equals(":");
    }

    /** Only spaces and one opening bracket between token k and the next word. */
    private static boolean opening(Doc doc, int k) {
        int b = doc.toks.get(k + 1).start();
        boolean bracket = false;
        for (int c = doc.toks.get(k).end(); c < b; c++) { // read in place: this is asked for every digit token
            char ch = doc.folded.charAt(c);
            if (ch == '(' && !bracket) {
                bracket = true;
            } else if (ch != ' ') {
                return false;
            }
        }
        return bracket;
    }

    /** A closing bracket right after token k. */
    private static boolean closes(Doc doc, int k) {
        int a = doc.toks.get(k).end();
        return a < doc.folded.length() && doc.folded.charAt(a) == ')';
    }

    /**
     * "la CGT a compte 180 000 manifestants et la prefecture 7 850", "organisers counted 40,000, and police
     * 12,000": a second known source sharing the verb of the first, its figure right after it. The attribution
     * is anchored after that figure's first token, so it is the figure's own source and no earlier figure's.
     */
    void gapped(Doc doc, int to, List<Attribution> out, SourceMemory memory) {
        Attribution verb = null;
        for (Attribution a : out) {
            verb = verb == null && !a.prep() && a.source() != null ? a : verb;
        }
        if (verb == null || digitRuns(doc, verb.anchorLast(), to) < 2) {
            return; // a gapped source needs a figure of its own after the first one: most sentences stop here
        }
        List<Attribution> found = new ArrayList<>(1);
        List<Integer> starts = new ArrayList<>();
        for (Match c : lex.quantities.findAll("coord", doc.toks, verb.anchorLast(), to, doc.folded)) {
            starts.add(c.last());
        }
        for (int k = verb.anchorLast() + 1; k < to; k++) {
            if (doc.punctuationBetween(k - 1, k, ",")) { // read in place: no substring per token
                starts.add(-k - 1); // "la CGT 1,2 million, le ministere 480 000": a comma joins them too
            }
        }
        for (int start : starts) {
            boolean comma = start < 0;
            int k = comma ? -start - 1 : start;
            int words = k < to && articles.contains(doc.toks.get(k).text()) ? k + 1 : k;
            Match who = words < to ? lex.gazetteer.at("speaker", doc.toks, words, to, doc.folded) : null;
            boolean known = who != null && !who.kind().equals("pronoun");
            int fig = known ? who.last() : -1;
            if (fig < 0 || fig >= to || !opensFigure.at(doc, fig, to) || Spans.boundary(doc, fig - 1, fig)
                    || Spans.boundary(doc, comma ? k : k - 1, fig)) {
                continue;
            }
            Claim.Source s = resolver.resolve(doc, k, fig, memory, true);
            if (s != null) {
                found.add(new Attribution(true, fig + 1, fig + 1, k, fig, s, verb.day()));
            }
        }
        out.addAll(found);
    }


    private static int digitRuns(Doc doc, int from, int to) {
        int runs = 0;
        for (int k = from; k < to && runs < 2; k++) {
            if (doc.toks.get(k).isDigits() && (k == from || !doc.toks.get(k - 1).isDigits())) {
                runs++;
            }
        }
        return runs;
    }

}
