package org.claims.engine;

import java.time.LocalDate;
import java.util.List;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.lexicon.Match;
import org.claims.engine.lexicon.PlaceCountries;
import org.claims.engine.text.Doc;
import org.claims.engine.text.Folding;
import org.claims.engine.text.Furniture;
import org.claims.engine.text.SentenceSplitter;
import org.claims.engine.text.Span;
import org.claims.model.Article;
import org.claims.model.ArticleIds;
import org.claims.model.Claim;

/** The whole extraction for the articles of one language pack; immutable, shared by all threads. */
final class Pipeline {
    /** Titles written short ("M.", "Mme.", "Dr.") are at most this long. */
    private static final int TITLE_LENGTH = 4;
    private final Lexicons lex;
    private final SentenceSplitter splitter;
    private final Furniture furniture;
    private final SentenceAnalyzer analyzer;
    private final LocationFinder locations;
    private final ClaimAssembler assembler;
    private final PlaceCountries countries;
    private final PlaceGuesser guesser;
    private final SubjectFinder subjects;
    private final java.util.Set<String> titles;
    private final java.util.Set<String> compass;

    Pipeline(Lexicons lex, PlaceCountries countries) {
        this.lex = lex;
        this.countries = countries;
        this.splitter = new SentenceSplitter(lex.words.of("abbreviation"));
        this.furniture = new Furniture(lex.furniture);
        this.analyzer = new SentenceAnalyzer(lex);
        this.locations = new LocationFinder(lex, countries);
        this.assembler = new ClaimAssembler(lex, locations);
        this.subjects = new SubjectFinder(lex);
        this.titles = lex.words.of("title");
        this.guesser = new PlaceGuesser(lex);
        this.compass = lex.words.of("compass");
    }

    /** language: the code written on the claims (the article's own, or the detected one). */
    List<Claim> extract(Article article, String language) {
        String body = article.body();
        String articleId = article.id() != null ? article.id() : ArticleIds.of(body);
        Doc doc = new Doc(body);
        for (int k = 0; k + 1 < doc.toks.size(); k++) {
            if (doc.toks.get(k).text().length() <= TITLE_LENGTH && doc.punctuationBetween(k, k + 1, ".")
                    && titles.contains(doc.toks.get(k).text())
                    && doc.gap(k, k + 1).equals(". ") && doc.capitalized(k + 1)) {
                doc.markTitleDot(k);
            }
        }
        List<Span> spans = furniture.content(doc, splitter.split(body));
        LocalDate publishedOn = article.publishedDate(); // parsed once: date parsing showed in profiles
        List<SentenceInfo> infos = analyzer.analyze(doc, spans, publishedOn);
        SubjectHit first = firstSubject(article.title());
        if (first == null) {
            first = firstSubject(doc);
        }
        Claim.Location headline = headline(article.title());
        Claim.Location opening = opening(doc, infos);
        List<Claim> claims = assembler.assemble(new ClaimAssembler.Context(doc, infos, articleId, language, first,
                headline, opening, publishedOn));
        String home = countries.of(headline != null ? headline.name() : opening != null ? opening.name() : null);
        return Deduper.dedupe(claims).stream()
                .map(c -> withCountry(regionOf(c, home)).withArticle(publishedOn, article.outlet())).toList();
    }

    /**
     * "dans le Nord", "in the South": a region named by a compass point in an article about another country is a
     * region of that country, not the French departement or the province of the same name.
     */
    private Claim regionOf(Claim c, String home) {
        if (home == null || c.location() == null || !compass.contains(Folding.fold(c.location().text()).strip())
                || home.equals(countries.of(c.location().name()))) {
            return c;
        }
        return c.withLocation(new Claim.Location(home, c.location().text()));
    }

    /** Last pass: the country of the claim's place, so a town's figure also counts for its country. */
    private Claim withCountry(Claim c) {
        String country = c.location() == null ? null : countries.of(c.location().name());
        return country == null ? c : c.withLocation(c.location().withCountry(country));
    }

    /**
     * The one place the body opens on: its first sentence's, or when that sentence names none ("Au moins 64 morts
     * et 300 blesses."), the next one's in the same paragraph ("Le seisme qui a frappe le nord du Chili ...").
     */
    private Claim.Location opening(Doc doc, List<SentenceInfo> infos) {
        if (infos.isEmpty()) {
            return null;
        }
        SentenceInfo first = infos.get(0);
        if (first.places.isEmpty() && first.guessedPlaces.isEmpty() && infos.size() > 1
                && !PlaceContext.paragraphBreak(doc, first, infos.get(1))) {
            return locations.lead(doc, infos.get(1));
        }
        return locations.lead(doc, first);
    }

    /** The one place named by the title. */
    private Claim.Location headline(String title) {
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
            List<Match> guessed = guesser.find(t, 0, t.toks.size(), List.of()); // "l'effondrement d'un immeuble a Rosny"
            if (guessed.size() == 1) {
                return new Claim.Location(guessed.get(0).value(), guessed.get(0).value());
            }
        }
        return null;
    }

    private SubjectHit firstSubject(String title) {
        return title == null || title.isBlank() ? null : firstSubject(new Doc(title));
    }

    /** The article's first people noun: read from the start and stop there, not a scan of the whole body. */
    private SubjectHit firstSubject(Doc doc) {
        for (int i = 0; i < doc.toks.size(); i++) {
            Match noun = lex.subjects.at("noun", doc.toks, i, doc.toks.size(), doc.folded);
            if (noun != null) {
                return subjects.before(doc, 0, noun.last(), doc.toks.size());
            }
        }
        return null;
    }
}
