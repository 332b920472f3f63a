package org.claims.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claims.model.Article;
import org.claims.model.Claim;
import org.junit.jupiter.api.Test;

class FurnitureTest {
    private final ClaimExtractor engine = new ClaimExtractor();

    private List<Claim> extract(String body, String lang) {
        return engine.extract(new Article(null, null, null, null, body, lang, "2024-11-20", null));
    }

    @Test
    void aRecommendedHeadlineLineYieldsNoClaim() {
        String body = "Environ 3 000 soldats ont été déployés à Narva, selon l'armée estonienne.\n"
                + "Nous recommandons : Des milliers de manifestants rassemblés à Tallinn, selon la police.\n"
                + "La police a interpellé 12 personnes.";
        List<Claim> claims = extract(body, "fr");
        assertThat(claims).extracting(c -> c.quantity().low()).containsExactly(3000L, 12L);
    }

    @Test
    void aWholeFurnitureLineIsSkippedButTheSameWordsInsideASentenceAreRead() {
        String body = "Menu\nRead more: 40 people were killed in Homs, officials said.\n"
                + "Related talks went on while 25 people were arrested in Aleppo, police said.";
        List<Claim> claims = extract(body, "en");
        assertThat(claims).extracting(c -> c.quantity().low()).containsExactly(25L);
    }

    @Test
    void offsetsOfTheClaimsAfterFurnitureStayOffsetsIntoTheBody() {
        String body = "Avec AFP\nAt least 7 people were killed in Kherson, the governor said.";
        Claim c = extract(body, "en").get(0);
        assertThat(body.substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.evidence().text());
    }
}
