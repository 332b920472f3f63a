package org.claims.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.claims.testsupport.KafkaTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class BatchResourceTest {

    @Test
    void badLinesAreReportedByNumberAndGoodLinesAccepted() {
        long n = System.nanoTime();
        String ndjson = String.join("\n",
                "{\"body\": \"First good article " + n + "\", \"language\": \"en\"}",
                "{not json",
                "{\"body\": \"Second good article " + n + "\", \"publishedAt\": \"2024-10-29\"}",
                "{\"body\": \"Bad date " + n + "\", \"publishedAt\": \"yesterday\"}",
                "");
        given().header("Authorization", "Bearer test-key").contentType("application/x-ndjson").body(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/articles/batch")
                .then().statusCode(200)
                .body("accepted", equalTo(2)).body("rejected", equalTo(2))
                .body("results[0].line", equalTo(1)).body("results[0].status", equalTo("accepted"))
                .body("results[0].id", notNullValue())
                .body("results[1].line", equalTo(2)).body("results[1].status", equalTo("rejected"))
                .body("results[3].line", equalTo(4)).body("results[3].field", equalTo("publishedAt"));
    }

    @Test
    void aRejectedLineNamesItsNumberAndTheJsonPointerOfTheBadValue() {
        long n = System.nanoTime();
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            lines.add("{\"body\": \"Good article " + i + " " + n + "\"}");
        }
        lines.add("{\"body\": \"German " + n + "\", \"language\": \"de\"}");
        lines.add("{\"body\": [\"not\", \"text\"]}");
        given().header("Authorization", "Bearer test-key").contentType("application/x-ndjson")
                .body(String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/articles/batch")
                .then().statusCode(200).body("accepted", equalTo(6)).body("rejected", equalTo(2))
                .body("results[6].line", equalTo(7)).body("results[6].pointer", equalTo("/language"))
                .body("results[6].reason", equalTo("Field 'language' must be 'fr' or 'en'"))
                .body("results[7].line", equalTo(8)).body("results[7].pointer", equalTo("/body"))
                .body("results[7].reason", equalTo("Field 'body' has the wrong JSON type"));
    }
}
