package org.claims.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageExtractorTest {
    private final PageExtractor extractor = new PageExtractor();
    private final List<String> french = List.of(
            "Guerre en Ukraine : plus de 10 000 soldats nord-coréens en Russie",
            "Les Etats-Unis ont confirmé mardi que plus de 10 000 soldats nord-coréens avaient été envoyés en Russie.",
            "Selon Kyiv, quelque 11 000 soldats nord-coréens seraient déjà déployés dans la région de Koursk.",
            "Le Kremlin n'a pas commenté ces informations.");

    private PageExtractor.Page extract(String html) {
        return extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://www.lequotidien.example/x");
    }

    @Test
    void aFrenchPageYieldsItsParagraphsOneALineAndNoFurniture() {
        PageExtractor.Page page = extract(NewsPages.french("Des Nord-Coréens en Russie", french.subList(1, 4),
                "2024-11-13T09:07:00+01:00", "https://www.lequotidien.example/international/nord-coreens"));

        assertThat(page.body()).isEqualTo(String.join("\n", french.subList(1, 4)));
    }

    @Test
    void aFrenchPageGivesItsTitleOutletDateLanguageAndCanonicalUrl() {
        PageMetadata m = extract(NewsPages.french("Des Nord-Coréens en Russie", french, "2024-11-13T09:07:00+01:00",
                "https://www.lequotidien.example/international/nord-coreens")).metadata();

        assertThat(m).isEqualTo(new PageMetadata("Des Nord-Coréens en Russie", "Le Quotidien", "2024-11-13T09:07:00+01:00",
                "fr", "https://www.lequotidien.example/international/nord-coreens"));
    }

    @Test
    void anEnglishPageTakesItsMetadataFromJsonLdAndKeepsOnlyTheArticleBody() {
        PageExtractor.Page page = extract(NewsPages.english("Hundreds arrested",
                List.of("Police said on Saturday that 300 people were arrested in London.", "The march was peaceful.")));

        assertThat(page.body()).isEqualTo("Police said on Saturday that 300 people were arrested in London.\nThe march was peaceful.");
        assertThat(page.metadata()).isEqualTo(new PageMetadata("Hundreds arrested", "The Daily Example",
                "2024-11-16", "en", "https://example.org/world/arrests"));
    }

    @Test
    void lineBreaksInsideAParagraphSeparateLines() {
        PageExtractor.Page page = extract("<html><body><article><p>First line.<br>Second line.</p></article></body></html>");

        assertThat(page.body()).isEqualTo("First line.\nSecond line.");
    }

    @Test
    void aDeclaredCharsetIsHonoured() {
        byte[] latin1 = "<html><body><p>Près de 8 000 soldats déployés.</p></body></html>".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(extractor.extract(latin1, "ISO-8859-1", null).body()).isEqualTo("Près de 8 000 soldats déployés.");
    }
}
