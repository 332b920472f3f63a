package org.claims.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.claims.infra.Ports;
import org.claims.model.ArticleIds;
import org.junit.jupiter.api.Test;

/**
 * The run command, end to end: the launcher starts a real broker, PostgreSQL and the three packaged services,
 * ingests the seeds, and the claims come out of query-service and the claims topic; SIGTERM leaves nothing.
 */
class EndToEndIT {
    static final String KEY = "e2e-key";

    @Test
    void seedsPostedToIngestComeOutAsClaimsOnceAndTheStackStopsCleanly() throws Exception {
        Path data = Path.of("target", "e2e-" + UUID.randomUUID()).toAbsolutePath();
        try (StackProcess stack = new StackProcess(data, Map.of("INGEST_API_KEYS", KEY))) {
            stack.awaitBanner();
            String body = Files.readString(stack.repo.resolve("seeds/000_cc35e2e62f5bf773.txt"), StandardCharsets.UTF_8);
            String articleId = ArticleIds.of(body);

            // the seed was ingested by the launcher; its Pentagon figures are readable from query-service
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    given().get("http://localhost:8083/api/articles/" + articleId).then().statusCode(200)
                            .body("claims.quantity.low", hasItems(2000, 10000)));
            int claims = given().queryParam("articleId", articleId).get("http://localhost:8083/api/claims")
                    .then().extract().path("total");

            // posting the same article again adds nothing downstream
            given().header("Authorization", "Bearer " + KEY).contentType("application/json")
                    .body(Map.of("body", body, "language", "fr", "publishedAt", "2024-10-29"))
                    .post("http://localhost:8081/api/articles").then().statusCode(org.hamcrest.Matchers.oneOf(200, 202))
                    .body("id", equalTo(articleId));
            String marker = "Selon la préfecture, 4 200 manifestants ont défilé à Lyon samedi. " + UUID.randomUUID();
            String markerId = given().header("Authorization", "Bearer " + KEY).contentType("application/json")
                    .body(Map.of("body", marker, "language", "fr", "publishedAt", "2024-11-16"))
                    .post("http://localhost:8081/api/articles").then().statusCode(202).extract().path("id");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    given().queryParam("articleId", markerId).get("http://localhost:8083/api/claims")
                            .then().body("total", equalTo(1)).body("items[0].quantity.low", equalTo(4200)));
            given().queryParam("articleId", articleId).get("http://localhost:8083/api/claims")
                    .then().body("total", equalTo(claims));

            // a claims-topic subscriber (what kcat shows) sees the seed's claims keyed by article id
            assertThat(claimKeys()).contains(articleId, markerId);

            List<ProcessHandle> children = stack.descendants();
            assertThat(children).isNotEmpty();
            stack.terminate();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(children).noneMatch(ProcessHandle::isAlive);
                assertThat(StackProcess.PORTS).allMatch(Ports::isFree);
            });
        }
    }

    private static List<String> claimKeys() {
        try (KafkaCompanion kafka = new KafkaCompanion("localhost:9092")) {
            return TopicContents.readAll(kafka, "claims").stream().map(ConsumerRecord::key).toList();
        }
    }
}
