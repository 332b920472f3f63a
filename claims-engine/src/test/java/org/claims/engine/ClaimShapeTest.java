package org.claims.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claims.model.Article;
import org.claims.model.ArticleIds;
import org.claims.model.Claim;
import org.claims.model.Measure;
import org.junit.jupiter.api.Test;

class ClaimShapeTest {
    private static final String BODY = "Russie : déploiement de soldats nord-coréens\nSelon le Pentagone, un total de "
            + "10.000 soldats nord-coréens se trouvent actuellement en Russie. Environ 3 000 militaires nord-coréens "
            + "seraient déployés en Russie orientale, selon un haut responsable américain.";

    @Test
    void evidenceIsTheSentenceAtItsOffsets() {
        for (Claim c : Engine.fr(BODY)) {
            assertThat(c.evidence().start()).isLessThan(c.evidence().end());
            assertThat(BODY.substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.evidence().text());
            assertThat(c.evidence().text()).contains(c.quantity().text());
        }
    }

    @Test
    void subjectsLocationsAndHedging() {
        List<Claim> claims = Engine.fr(BODY);
        assertThat(claims).hasSize(2);
        assertThat(claims.get(0).subject().name()).isEqualTo("North Korean soldiers");
        assertThat(claims.get(0).location().name()).isEqualTo("Russia");
        assertThat(claims.get(0).hedged()).isFalse();
        assertThat(claims.get(1).location().name()).isEqualTo("eastern Russia");
        assertThat(claims.get(1).hedged()).isTrue();
    }

    @Test
    void subjectCarriesFromContextWhenTheFigureStandsAlone() {
        Claim c = Engine.one(Engine.fr("Des soldats nord-coréens sont arrivés dans la région de Koursk. Quelque deux "
                + "mille supplémentaires sont sur le point d'arriver, a déclaré le Pentagone."));
        assertThat(c.subject().name()).isEqualTo("North Korean soldiers");
        assertThat(c.measure()).isEqualTo(Measure.EXPECTED);
        assertThat(c.quantity().low()).isEqualTo(2000);
    }

    @Test
    void headlineAndBodyStatingTheSameFigureGiveOneClaimWithTheSource() {
        Claim c = Engine.one(Engine.en("Pentagon: 10,000 North Korean soldiers in Russia\nThe Pentagon said on "
                + "Monday that 10,000 North Korean soldiers had been sent to Russia."));
        assertThat(c.source().name()).isEqualTo("US Department of Defense");
    }

    @Test
    void aFigureRestatedInAnotherSentenceIsAnotherStatement() {
        List<Claim> c = Engine.en("At least 9 people were killed when a warehouse burned on Tuesday. Fire service "
                + "official Karim Noor said 9 people were killed.");
        assertThat(c).extracting(x -> x.quantity().qualifier().name(), x -> x.source() == null ? null : x.source().name())
                .containsExactly(tuple("AT_LEAST", null), tuple("EXACT", "Fire Service"));
    }

    @Test
    void idsAreDeterministicAndArticleIdComesFromTheBody() {
        Article a = new Article(null, null, null, null, BODY, "fr", "2024-10-29", null);
        List<Claim> first = Engine.EXTRACTOR.extract(a);
        List<Claim> second = new ClaimExtractor().extract(a);
        assertThat(first).extracting(Claim::claimId).isEqualTo(second.stream().map(Claim::claimId).toList());
        assertThat(first.get(0).articleId()).isEqualTo(ArticleIds.of(BODY));
        assertThat(first.get(0).extractor()).isEqualTo(ClaimExtractor.VERSION);
    }

    @Test
    void blankBodiesGiveNothing() {
        assertThat(Engine.EXTRACTOR.extract(new Article(null, null, null, null, "  ", null, null, null))).isEmpty();
        assertThat(Engine.EXTRACTOR.extract(new Article(null, null, null, null, null, null, "bad-date", null))).isEmpty();
    }

    @Test
    void oneExtractorServesManyThreads() throws Exception {
        List<Claim> expected = Engine.fr(BODY);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Claim>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 32; i++) {
                runs.add(pool.submit(() -> Engine.fr(BODY)));
            }
            for (Future<List<Claim>> f : runs) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
