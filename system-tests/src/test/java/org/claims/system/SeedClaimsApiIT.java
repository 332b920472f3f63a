package org.claims.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.claims.system.SeededPipeline.ENGLISH;
import static org.claims.system.SeededPipeline.SEED_STATE_DEPARTMENT;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.claims.model.Article;
import org.claims.model.Claim;
import org.claims.system.Answers.ClaimPage;
import org.claims.system.Answers.ClaimView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * /api/claims, /api/claims/{id}, /api/articles/{id} and the live stream on the seeds filled through the real Kafka
 * path. Expected matches are computed from the engine's claims, so each filter must return exactly them.
 */
@ExtendWith(SeededPipeline.Resolver.class)
class SeedClaimsApiIT {
    private static SeededPipeline stack;

    @BeforeAll
    static void fill(SeededPipeline seeded) {
        stack = seeded;
    }

    @Test
    void measureFilterReturnsExactlyThatMeasure() {
        assertFilter(Map.of("measure", "expected"), c -> c.measure().wire().equals("expected"));
    }

    @Test
    void sourceFilterMatchesTheCanonicalNameOrTheArticlesWords() {
        assertFilter(Map.of("source", "Department of Defense"), c -> sourceMentions(c, "Department of Defense"));
        assertFilter(Map.of("source", "Pentagone"), c -> sourceMentions(c, "Pentagone"));
    }

    @Test
    void locationFilterFindsKurskInFrenchAndEnglishArticles() {
        ClaimPage page = assertFilter(Map.of("location", "Kursk"), c -> c.location() != null
                && (contains(c.location().name(), "Kursk") || contains(c.location().text(), "Kursk")));
        assertThat(page.items()).extracting(ClaimView::language).contains("fr", "en");
    }

    @Test
    void fullTextSearchStemsFrenchEvidence() {
        // "soldat" finds the seeds' "soldats"; the English article says "soldiers"
        ClaimPage page = stack.get("/api/claims", ClaimPage.class, Map.of("q", "soldat", "size", 500));

        assertThat(page.items()).isNotEmpty().allSatisfy(c -> assertThat(c.language()).isEqualTo("fr"));
        assertThat(page.items()).extracting(ClaimView::articleId).contains(stack.id(SEED_STATE_DEPARTMENT));
        assertThat(page.total()).isEqualTo(page.items().size());
    }

    @Test
    void fullTextSearchStemsEnglishEvidence() {
        // "fight" finds "fighting", stemmed in English because the article is English
        ClaimPage page = stack.get("/api/claims", ClaimPage.class, Map.of("q", "fight"));

        assertThat(page.items()).extracting(ClaimView::articleId).containsExactly(stack.id(ENGLISH));
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void dateFilterUsesStatedDayElsePublicationDay() {
        LocalDate from = LocalDate.parse("2024-11-01");
        LocalDate to = LocalDate.parse("2024-11-30");
        // Patel spoke on 12 November; the seed carrying it was published on the 13th
        assertFilter(Map.of("from", from.toString(), "to", to.toString()),
                c -> !stack.day(c).isBefore(from) && !stack.day(c).isAfter(to));
        assertFilter(Map.of("from", "2024-11-13", "to", "2024-11-13"), c -> stack.day(c).equals(LocalDate.parse("2024-11-13")));
    }

    @Test
    void pagesCoverEveryClaimOnceWithTheTotal() {
        int size = 4;
        int claims = stack.claims().size();
        List<String> seen = new ArrayList<>();
        for (int page = 0; page * size < claims; page++) {
            ClaimPage answer = stack.get("/api/claims", ClaimPage.class, Map.of("page", page, "size", size));
            assertThat(answer.total()).isEqualTo(claims);
            assertThat(List.of(answer.page(), answer.size())).containsExactly(page, size);
            assertThat(answer.items()).hasSize(Math.min(size, claims - page * size));
            seen.addAll(answer.ids());
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids(stack.claims()));
    }

    @Test
    void articleComesBackWithItsMetadataAndClaimsInTextOrder() {
        Article seed = stack.article(stack.id(SEED_STATE_DEPARTMENT));
        Answers.ArticleView article = stack.get("/api/articles/" + seed.id(), Answers.ArticleView.class, Map.of());

        assertThat(List.of(article.outlet(), article.language(), article.publishedAt(), article.body()))
                .containsExactly("Libération", "fr", "2024-11-13", seed.body());
        assertThat(article.claims()).extracting(ClaimView::claimId)
                .containsExactlyInAnyOrderElementsOf(ids(stack.articles.get(SEED_STATE_DEPARTMENT).claims()));
        assertThat(article.claims()).extracting(c -> c.evidence().start()).isSorted();
        given().baseUri("http://localhost").port(stack.queryPort()).get("/api/articles/0000000000000000")
                .then().statusCode(404);
    }

    @Test
    void liveStreamResumedFromTheStartReplaysAnArticlesClaimsOnce() throws Exception {
        List<String> expected = ids(stack.articles.get(SEED_STATE_DEPARTMENT).claims());
        URI uri = URI.create("http://localhost:" + stack.queryPort() + "/api/claims/stream?lastEventId=0&articleId="
                + stack.id(SEED_STATE_DEPARTMENT));
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> received = new CopyOnWriteArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<String> lines = response.body()) {
            CompletableFuture.runAsync(() -> lines.filter(l -> l.startsWith("data:")).forEach(l -> {
                try {
                    received.add(json.readTree(l.substring(5)).get("claimId").asText());
                } catch (Exception e) {
                    received.add("unreadable: " + l);
                }
            }));
            await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= expected.size());
        }
        assertThat(received).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** The filter returns exactly the stored claims the predicate selects, with their total. */
    private static ClaimPage assertFilter(Map<String, ?> filter, Predicate<Claim> selects) {
        Map<String, Object> params = new java.util.HashMap<>(filter);
        params.put("size", 500);
        ClaimPage page = stack.get("/api/claims", ClaimPage.class, params);
        List<String> expected = ids(stack.claims().stream().filter(selects).toList());

        assertThat(expected).as("the seeds have claims for " + filter).isNotEmpty();
        assertThat(page.ids()).as(filter.toString()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(page.total()).as(filter.toString()).isEqualTo(expected.size());
        return page;
    }

    private static List<String> ids(List<Claim> claims) {
        return claims.stream().map(Claim::claimId).toList();
    }

    private static boolean sourceMentions(Claim c, String part) {
        return c.source() != null && (contains(c.source().name(), part) || contains(c.source().text(), part));
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
