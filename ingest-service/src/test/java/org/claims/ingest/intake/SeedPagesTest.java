package org.claims.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.claims.engine.ClaimExtractor;
import org.claims.model.Article;
import org.claims.model.Claim;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The seeds, served as a French news site would serve them, yield exactly the claims of their clean text. */
class SeedPagesTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private static final ClaimExtractor ENGINE = new ClaimExtractor();
    private static final String RECOMMENDED_LINK = "Nous recommandons : Des milliers de soldats nord-coréens massacrés en Ukraine : Maison Blanche.";
    private final PageExtractor extractor = new PageExtractor();

    static Stream<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aSeedWrappedInPageFurnitureYieldsTheClaimsOfItsCleanText(Path seed) throws IOException {
        String clean = Files.readString(seed, StandardCharsets.UTF_8);
        String html = page(clean);

        String extracted = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://www.lequotidien.example/").body();

        // one seed was saved with a "Nous recommandons : ..." link in its text; as furniture, it is dropped from pages
        List<String> fromClean = claims(clean).stream().filter(c -> !c.endsWith(RECOMMENDED_LINK)).toList();
        assertThat(fromClean).isNotEmpty();
        assertThat(claims(extracted)).containsExactlyInAnyOrderElementsOf(fromClean);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theFurnitureAroundASeedWouldAddClaimsIfItWereKept(Path seed) throws IOException {
        String clean = Files.readString(seed, StandardCharsets.UTF_8);
        String everything = Jsoup.parse(page(clean)).body().wholeText();

        assertThat(claims(everything)).hasSizeGreaterThan(claims(clean).size());
    }

    private static String page(String clean) {
        List<String> paragraphs = Arrays.stream(clean.split("\n")).filter(l -> !l.isBlank()).toList();
        return NewsPages.french(paragraphs.get(0), paragraphs, "2024-11-13T09:07:00+01:00", "https://www.lequotidien.example/a");
    }

    /** A claim as the engine states it, without offsets: the same claim at another position of the body is the same. */
    private static List<String> claims(String body) {
        Article article = new Article(null, null, null, null, body, "fr", "2024-11-13", null);
        return ENGINE.extract(article).stream().map(SeedPagesTest::describe).toList();
    }

    private static String describe(Claim c) {
        return String.join(" | ", c.measure().toString(), String.valueOf(c.subject()), String.valueOf(c.quantity()),
                String.valueOf(c.source()), String.valueOf(c.location()), String.valueOf(c.statedOn()),
                String.valueOf(c.hedged()), c.evidence().text());
    }
}
