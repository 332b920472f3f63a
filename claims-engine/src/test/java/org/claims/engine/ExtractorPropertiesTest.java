package org.claims.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.claims.model.Article;
import org.claims.model.Claim;
import org.junit.jupiter.api.Test;

/** Whatever arrives on the topic, extraction finishes, never throws, and points inside the body. */
class ExtractorPropertiesTest {
    private static final String[] PIECES = {"10 000", "10.000", "1,28 million", "entre 5 et", "«", "»", "\"", "“",
        "”", " selon ", " a déclaré ", ", a-t-il ajouté", " soldats ", " tués ", " Pentagone ", "mardi", "Dec.",
        "\n", "\u200f", "\u202e", "עברית", "العربية", "\u0000", "\t", "🙂", "\ud83d", "-", "–", ":", "%", "$", "1".repeat(40),
        "plus de", "up to", " killed ", " said ", "M.", "U.S.", "(", ")", "...", "deux mille", "quatre-vingt"};

    @Property(tries = 300)
    void randomUnicodeNeverBreaksExtraction(@ForAll("anyText") String body) {
        check(body);
    }

    @Property(tries = 300)
    void adversarialNewsLikeTextNeverBreaksExtraction(@ForAll("newsLike") String body) {
        check(body);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(400);
    }

    @Provide
    Arbitrary<String> newsLike() {
        return Arbitraries.of(PIECES).list().ofMaxSize(80).map(l -> String.join("", l));
    }

    @Test
    void aTenThousandDigitNumberIsHarmless() {
        check("Selon le Pentagone, " + "9".repeat(10_000) + " soldats sont en Russie.");
    }

    @Test
    void aMebibyteOfAdversarialTextFinishes() {
        StringBuilder sb = new StringBuilder();
        java.util.Random r = new java.util.Random(42);
        while (sb.length() < 1 << 20) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        String body = sb.substring(0, 1 << 20);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> check(body));
    }

    private static void check(String body) {
        List<Claim> claims = Engine.EXTRACTOR.extract(new Article(null, null, null, null, body, null, "2024-10-29", null));
        for (Claim c : claims) {
            assertThat(c.evidence().start()).isBetween(0, body.length());
            assertThat(c.evidence().end()).isBetween(c.evidence().start() + 1, body.length());
            assertThat(body.substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.evidence().text());
            assertThat(c.quantity().low()).isLessThanOrEqualTo(c.quantity().high());
        }
    }
}
