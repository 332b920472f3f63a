package org.claims.query.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import org.claims.model.Claim;
import org.claims.model.Measure;
import org.claims.query.Fixtures;
import org.claims.testsupport.KafkaTestResource;
import org.claims.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ReadModelWriterTest {
    @Inject
    ObjectMapper json;

    private void awaitTotal(String articleId, int total) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().queryParam("articleId", articleId).get("/api/claims").then().statusCode(200).body("total", equalTo(total)));
    }

    @Test
    void replayedClaimsAreStoredExactlyOnce() {
        String a = "replay-" + System.nanoTime();
        Claim first = Fixtures.claim(a, "rules/1.0.0", 0, Measure.PRESENT, 10000, "US Department of Defense", "Russia", null, "fr", "Dix mille.");
        Claim second = Fixtures.claim(a, "rules/1.0.0", 40, Measure.KILLED, 30, null, null, null, "fr", "Trente tués.");
        Fixtures.send(json, first);
        Fixtures.send(json, second);
        awaitTotal(a, 2);

        Fixtures.send(json, first);
        Fixtures.send(json, second);
        Claim marker = Fixtures.claim(a, "rules/1.0.0", 80, Measure.WOUNDED, 12, null, null, null, "fr", "Douze blessés.");
        Fixtures.send(json, marker);
        // the marker was sent after the replays on the same partition, so once it is stored the replays were too
        awaitTotal(a, 3);
    }

    @Test
    void claimsOfANewerExtractorReplaceTheOlderOnes() {
        String a = "upgrade-" + System.nanoTime();
        Fixtures.send(json, Fixtures.claim(a, "rules/1.0.0", 0, Measure.PRESENT, 10000, null, null, null, "fr", "Dix mille."));
        Fixtures.send(json, Fixtures.claim(a, "rules/1.0.0", 30, Measure.PRESENT, 8000, null, null, null, "fr", "Huit mille."));
        awaitTotal(a, 2);

        Fixtures.send(json, Fixtures.claim(a, "rules/1.10.0", 0, Measure.PRESENT, 11000, null, null, null, "fr", "Onze mille."));
        Fixtures.send(json, Fixtures.claim(a, "rules/1.2.0", 0, Measure.PRESENT, 9000, null, null, null, "fr", "Stale."));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().queryParam("articleId", a).get("/api/claims").then()
                        .body("total", equalTo(1)).body("items.extractor", containsInAnyOrder("rules/1.10.0")));
    }

    @Test
    void articlesAreStoredAndServedWithTheirClaims() {
        String a = "article-" + System.nanoTime();
        Fixtures.send(json, Fixtures.article(a, "2024-10-29", "Selon le Pentagone, 10 000 soldats."));
        Fixtures.send(json, Fixtures.claim(a, "rules/1.0.0", 0, Measure.PRESENT, 10000, "US Department of Defense",
                "Russia", LocalDate.parse("2024-10-28"), "fr", "Selon le Pentagone, 10 000 soldats."));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get("/api/articles/" + a).then().statusCode(200)
                        .body("outlet", equalTo("Test Outlet")).body("publishedAt", equalTo("2024-10-29"))
                        .body("claims[0].quantity.low", equalTo(10000)).body("claims[0].statedOn", equalTo("2024-10-28")));
    }
}
