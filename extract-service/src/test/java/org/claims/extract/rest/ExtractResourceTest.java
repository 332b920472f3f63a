package org.claims.extract.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.claims.testsupport.KafkaTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class ExtractResourceTest {
    static final String ARTICLE = """
            {"body": "Selon le Pentagone, un total de 10.000 soldats nord-coréens se trouvent actuellement en Russie.",
             "language": "fr", "publishedAt": "2024-10-29"}""";

    @Test
    void previewReturnsContractShapedClaims() {
        given().contentType("application/json").body(ARTICLE).post("/api/extract")
                .then().statusCode(200)
                .body("claims.measure", hasItem("present"))
                .body("claims[0].quantity.low", equalTo(10000))
                .body("claims[0].quantity.high", equalTo(10000))
                .body("claims[0].quantity.qualifier", equalTo("exact"))
                .body("claims[0].source.name", equalTo("US Department of Defense"))
                .body("claims[0].location.name", equalTo("Russia"))
                .body("claims[0].claimId", notNullValue())
                .body("claims[0].extractor", equalTo(org.claims.engine.ClaimExtractor.VERSION))
                .body("claims[0].evidence.start", equalTo(0));
    }

    @Test
    void previewOfTheSameArticleGivesTheSameClaimIds() {
        String first = given().contentType("application/json").body(ARTICLE).post("/api/extract").then().extract().path("claims[0].claimId");
        given().contentType("application/json").body(ARTICLE).post("/api/extract").then().body("claims[0].claimId", equalTo(first));
    }

    @Test
    void articleWithoutFiguresHasNoClaims() {
        given().contentType("application/json").body("{\"body\": \"Le ministre a parlé longuement mardi.\"}")
                .post("/api/extract").then().statusCode(200).body("claims", hasSize(0));
    }

    @Test
    void previewRejectsAnArticleWithoutBody() {
        given().contentType("application/json").body("{\"title\": \"t\"}").post("/api/extract")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("body"));
    }
}
