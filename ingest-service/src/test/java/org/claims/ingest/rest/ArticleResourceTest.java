package org.claims.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasLength;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.claims.model.ArticleIds;
import org.claims.testsupport.KafkaTestResource;
import org.claims.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class ArticleResourceTest {
    static final String KEY = "Bearer test-key";

    @Test
    void jsonArticleIsAcceptedAndPublishedKeyedByItsContentId() {
        String body = "Selon la police, 1 200 manifestants ont défilé à Lyon samedi. " + System.nanoTime();
        String id = given().header("Authorization", KEY).contentType("application/json")
                .body("{\"body\": \"" + body + "\", \"language\": \"fr\", \"publishedAt\": \"2024-11-13\", \"outlet\": \"Le Test\"}")
                .post("/api/articles")
                .then().statusCode(202).body("status", equalTo("accepted")).body("id", hasLength(16))
                .extract().path("id");

        assertThat(id).isEqualTo(ArticleIds.of(body));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(TopicProbe.readAll("articles"))
                .anySatisfy(r -> {
                    assertThat(r.key()).isEqualTo(id);
                    assertThat(r.value()).contains("\"outlet\":\"Le Test\"", "\"publishedAt\":\"2024-11-13\"", "\"ingestedAt\"");
                }));
    }

    @Test
    void plainTextArticleTakesItsMetadataFromQueryParameters() {
        String body = "Police said 300 people were arrested in London on Saturday. " + System.nanoTime();
        given().header("Authorization", KEY).contentType("text/plain; charset=UTF-8").body(body)
                .queryParam("language", "en").queryParam("publishedAt", "2024-11-16").queryParam("title", "Arrests")
                .post("/api/articles")
                .then().statusCode(202).body("id", equalTo(ArticleIds.of(body)));
    }

    @Test
    void postingTheSameArticleTwiceIsReportedAsDuplicate() {
        String json = "{\"body\": \"Twice posted " + System.nanoTime() + "\"}";
        String id = given().header("Authorization", KEY).contentType("application/json").body(json)
                .post("/api/articles").then().statusCode(202).extract().path("id");
        given().header("Authorization", KEY).contentType("application/json").body(json)
                .post("/api/articles").then().statusCode(200).body("status", equalTo("duplicate")).body("id", equalTo(id));
    }
}
