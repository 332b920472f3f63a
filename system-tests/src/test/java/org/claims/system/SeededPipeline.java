package org.claims.system;

import org.claims.stack.ServiceProcess;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claims.engine.ClaimExtractor;
import org.claims.model.Article;
import org.claims.model.ArticleIds;
import org.claims.model.Claim;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The whole pipeline (ingest → articles → extract → claims → query → PostgreSQL), filled once through ingest's
 * REST API with the five seeds and three articles written here, and shared by the Seed*IT classes. The claims
 * the engine finds in these articles are the expected content of the read model.
 */
final class SeededPipeline implements AutoCloseable {
    /** Another outlet repeating the State Department's "plus de 10 000 ... en Russie" of Tuesday 12 November. */
    static final String REPEAT = "repeat";
    static final String ENGLISH = "english";
    /** Kyiv's figure for Russia a month after the seeds' 11 000. */
    static final String LATER = "later";
    static final String SEED_STATE_DEPARTMENT = "001_5e991eec8cac92d8.txt";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    record Posted(Article article, List<Claim> claims) {
    }

    /** Hands the one shared instance to {@code @BeforeAll}; JUnit closes it when the whole run ends. */
    static final class Resolver implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SeededPipeline.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .computeIfAbsent(SeededPipeline.class, k -> start(), SeededPipeline.class);
        }
    }

    final Map<String, Posted> articles = new LinkedHashMap<>();
    private final Pipeline pipeline;
    private final ServiceProcess ingest;
    private final ServiceProcess query;
    private final ClaimExtractor engine = new ClaimExtractor();

    private SeededPipeline(Pipeline pipeline) {
        this.pipeline = pipeline;
        ingest = pipeline.start("ingest-service", Map.of());
        pipeline.start("extract-service", Map.of());
        query = pipeline.start("query-service", Map.of());
    }

    private static SeededPipeline start() {
        Pipeline pipeline = null;
        try {
            pipeline = new Pipeline(Path.of("target", "seeds-" + UUID.randomUUID()).toAbsolutePath());
            SeededPipeline p = new SeededPipeline(pipeline);
            p.postSeeds();
            p.post(REPEAT, "https://www.lefigaro.fr/international/coree-du-nord-soldats", "Le Figaro", "fr", "2024-11-13",
                    "Corée du Nord : Washington s'inquiète de l'engagement de ses soldats aux côtés de la Russie\n\n"
                            + "Le porte-parole du département d'Etat américain a déclaré mardi que plus de 10 000 soldats"
                            + " nord-coréens ont été envoyés en Russie.\n\n"
                            + "Selon Washington, la plupart d'entre eux sont arrivés dans la région de Koursk.\n");
            p.post(ENGLISH, "https://www.reuters.com/world/north-korean-troops-kursk", "Reuters", "en", "2024-11-19",
                    "North Korean troops join the fighting in Kursk\n\n"
                            + "Ukraine's military intelligence said on Monday that about 11,000 North Korean soldiers were"
                            + " in the Kursk region, where they have begun fighting alongside Russian forces.\n\n"
                            + "The deployment has alarmed Kyiv's Western allies.\n");
            p.post(LATER, "https://www.lemonde.fr/international/kyiv-soldats-nord-coreens", "Le Monde", "fr", "2024-12-23",
                    "Kyiv revoit à la hausse le nombre de soldats nord-coréens en Russie\n\n"
                            + "Le gouvernement ukrainien a affirmé lundi que 12 000 soldats nord-coréens se trouvent"
                            + " désormais en Russie.\n");
            p.awaitStored();
            return p;
        } catch (Exception | AssertionError e) {
            if (pipeline != null) {
                pipeline.close();
            }
            throw new IllegalStateException("cannot fill the pipeline with the seeds: " + e.getMessage(), e);
        }
    }

    private void postSeeds() throws Exception {
        Path seeds = pipeline.repo.resolve("seeds");
        List<Map<String, String>> manifest = JSON.readValue(seeds.resolve("manifest.json").toFile(),
                new TypeReference<List<Map<String, String>>>() { });
        for (Map<String, String> m : manifest) {
            String body = Files.readString(seeds.resolve(m.get("file")), StandardCharsets.UTF_8);
            post(m.get("file"), m.get("url"), m.get("outlet"), m.get("language"), m.get("publishedAt"), body, m.get("title"));
        }
    }

    private void post(String name, String url, String outlet, String language, String publishedAt, String body) {
        post(name, url, outlet, language, publishedAt, body, null);
    }

    private void post(String name, String url, String outlet, String language, String publishedAt, String body,
                      String title) {
        Map<String, String> request = new HashMap<>(Map.of("body", body, "language", language, "publishedAt", publishedAt));
        if (url != null) {
            request.put("url", url);
        }
        if (outlet != null) {
            request.put("outlet", outlet);
        }
        if (title != null) {
            request.put("title", title);
        }
        // the article as ingest publishes it: the id is derived from the body
        Article article = new Article(ArticleIds.of(body), url, outlet, title, body, language, publishedAt, null);
        given().baseUri("http://localhost").port(ingest.port).header("Authorization", "Bearer " + Pipeline.API_KEY)
                .contentType("application/json").body(request).post("/api/articles")
                .then().statusCode(202).body("id", equalTo(article.id()));
        articles.put(name, new Posted(article, engine.extract(article)));
    }

    private void awaitStored() {
        List<String> expected = claims().stream().map(Claim::claimId).toList();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(get("/api/claims", Answers.ClaimPage.class, Map.of("size", 500)).ids())
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(get("/api/dashboard/summary", Answers.Summary.class, Map.of()).articles())
                    .isEqualTo(articles.size());
        });
    }

    /** GET on query-service, 200 expected, the answer read as the given type. */
    <T> T get(String path, Class<T> type, Map<String, ?> params) {
        String json = given().baseUri("http://localhost").port(query.port).queryParams(params).get(path)
                .then().statusCode(200).extract().asString();
        try {
            return JSON.readValue(json, type);
        } catch (Exception e) {
            throw new AssertionError("cannot read " + path + " as " + type.getSimpleName() + ": " + json, e);
        }
    }

    int queryPort() {
        return query.port;
    }

    /** Every claim the engine finds in the posted articles: what the read model must hold, once each. */
    List<Claim> claims() {
        return articles.values().stream().flatMap(p -> p.claims().stream()).toList();
    }

    String id(String name) {
        return articles.get(name).article().id();
    }

    Article article(String articleId) {
        return articles.values().stream().map(Posted::article).filter(a -> a.id().equals(articleId)).findFirst()
                .orElseThrow(() -> new AssertionError("not a posted article: " + articleId));
    }

    /** The day a claim is filed under: when the source said it, else when the article was published. */
    LocalDate day(Claim c) {
        return c.statedOn() != null ? c.statedOn() : article(c.articleId()).publishedDate();
    }

    @Override
    public void close() {
        pipeline.close();
    }
}
