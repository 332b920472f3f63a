package org.claims.engine;

import java.nio.file.Path;
import java.util.List;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.lexicon.Match;
import org.claims.engine.text.Doc;
import org.claims.engine.text.Furniture;
import org.claims.engine.text.SentenceSplitter;
import org.claims.engine.text.Span;
import org.claims.model.Article;
import org.claims.model.ArticleIds;
import org.claims.model.Claim;

/**
 * Entry point of the engine: thread-safe, build once, call from any thread. All lexicons are loaded in the
 * constructor and never change; each call works on its own per-article state.
 */
public final class ClaimExtractor {
    public static final String VERSION = "rules/1.3.0";
    private final Lexicons lex;
    private final SentenceAnalyzer analyzer;
    private final ClaimAssembler assembler;
    private final Furniture furniture;

    public ClaimExtractor() {
        this(null);
    }

    /** extraGazetteer: a file in the gazetteer format adding or overriding entries; null for none. */
    public ClaimExtractor(Path extraGazetteer) {
        this.lex = new Lexicons(extraGazetteer);
        this.analyzer = new SentenceAnalyzer(lex);
        this.assembler = new ClaimAssembler(lex);
        this.furniture = new Furniture(lex.furniture);
    }

    public String version() {
        return VERSION;
    }

    public List<Claim> extract(Article article) {
        if (article == null || article.body() == null || article.body().isBlank()) {
            return List.of();
        }
        String body = article.body();
        String articleId = article.id() != null ? article.id() : ArticleIds.of(body);
        String language = article.language() == null || article.language().isBlank()
                ? LanguageDetector.detect(body) : article.language();
        Doc doc = new Doc(body);
        List<Span> spans = furniture.content(doc, SentenceSplitter.split(body));
        List<SentenceInfo> infos = analyzer.analyze(doc, spans, article.publishedDate());
        SubjectHit first = firstSubject(article.title());
        if (first == null) {
            first = firstSubject(doc);
        }
        List<Claim> claims = assembler.assemble(new ClaimAssembler.Context(doc, infos, articleId, language, first,
                lead(article.title(), doc, infos)));
        java.time.LocalDate publishedOn = article.publishedDate();
        return Deduper.dedupe(claims).stream().map(c -> c.withArticle(publishedOn, article.outlet())).toList();
    }

    /** The one place named by the title, else by the first sentence of the body. */
    private Claim.Location lead(String title, Doc doc, List<SentenceInfo> infos) {
        if (title != null && !title.isBlank()) {
            Doc t = new Doc(title);
            String only = null;
            for (Match p : lex.places(t, 0, t.toks.size())) {
                if (only != null && !only.equals(p.value())) {
                    return null;
                }
                only = p.kind().equals("capital") ? only : p.value();
            }
            if (only != null) {
                return new Claim.Location(only, only);
            }
        }
        return infos.isEmpty() ? null : LocationFinder.lead(doc, infos.get(0), lex);
    }

    private SubjectHit firstSubject(String title) {
        return title == null || title.isBlank() ? null : firstSubject(new Doc(title));
    }

    private SubjectHit firstSubject(Doc doc) {
        List<Match> nouns = lex.subjects.findAll("noun", doc.toks, 0, doc.toks.size(), doc.folded);
        if (nouns.isEmpty()) {
            return null;
        }
        return new SubjectFinder(lex).before(doc, 0, nouns.get(0).last(), doc.toks.size());
    }
}
