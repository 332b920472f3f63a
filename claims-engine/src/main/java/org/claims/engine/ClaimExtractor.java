package org.claims.engine;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claims.engine.lexicon.LanguagePacks;
import org.claims.engine.lexicon.Lexicons;
import org.claims.model.Article;
import org.claims.model.Claim;

/**
 * Entry point of the engine: thread-safe, build once, call from any thread. Every language pack is loaded in
 * the constructor and never changes; an article runs through the pipeline of its language (given, else
 * detected), so one language's words never fire on another's text. A text too short to tell runs through
 * each pack it may be in and keeps the reading that finds most (the first pack on a tie). Each call works
 * on its own state.
 */
public final class ClaimExtractor {
    public static final String VERSION = "rules/1.12.0";
    private final Map<String, Pipeline> pipelines = new LinkedHashMap<>();
    private final LanguageDetector detector;

    public ClaimExtractor() {
        this((Path) null);
    }

    /** extraGazetteer: a file in the gazetteer format adding or overriding entries; null for none. */
    public ClaimExtractor(Path extraGazetteer) {
        this(LanguagePacks.builtIn(extraGazetteer));
    }

    ClaimExtractor(LanguagePacks packs) {
        for (Lexicons pack : packs.all()) {
            pipelines.put(pack.code, new Pipeline(pack, packs.countries()));
        }
        this.detector = new LanguageDetector(packs.all());
    }

    public String version() {
        return VERSION;
    }

    /** The codes of the language packs, in the order of lang/languages.tsv. */
    public List<String> languages() {
        return List.copyOf(pipelines.keySet());
    }

    public List<Claim> extract(Article article) {
        if (article == null || article.body() == null || article.body().isBlank()) {
            return List.of();
        }
        String given = article.language() == null ? "" : article.language().trim();
        Pipeline pipeline = pipelines.get(code(given));
        if (pipeline != null) {
            return pipeline.extract(article, given);
        }
        List<Claim> best = null;
        for (Lexicons pack : detector.candidates(article.body())) {
            List<Claim> claims = pipelines.get(pack.code).extract(article, given.isEmpty() ? pack.code : given);
            best = best == null || claims.size() > best.size() ? claims : best;
        }
        return best;
    }

    /** "fr", "FR", "fr-CA" and "fr_FR" all name the French pack. */
    private static String code(String language) {
        int cut = language.indexOf('-') >= 0 ? language.indexOf('-') : language.indexOf('_');
        return (cut >= 0 ? language.substring(0, cut) : language).toLowerCase(Locale.ROOT);
    }


    /** The code of the pack a text reads as, by the packs' stopwords; the first of those tied when unsure. */
    public String detectLanguage(String text) {
        return detector.candidates(text).get(0).code;
    }
}
