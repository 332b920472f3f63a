package org.claims.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import org.claims.model.Measure;
import org.claims.query.Fixtures;
import org.claims.testsupport.KafkaTestResource;
import org.claims.testsupport.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ClaimQueryTest {
    @Inject
    ObjectMapper json;
    String article;

    @BeforeEach
    void storeSomeClaims() {
        article = "query-" + System.nanoTime();
        Fixtures.send(json, Fixtures.article(article, "2024-11-13", "corps"));
        Fixtures.send(json, Fixtures.claim(article, "rules/1.0.0", 0, Measure.PRESENT, 10000, "US Department of State",
                "Russia", LocalDate.parse("2024-11-12"), "fr", "Plus de 10 000 soldats nord-coréens ont été envoyés en Russie.")
                .withArticle(LocalDate.parse("2024-11-13"), "Test Outlet"));
        Fixtures.send(json, Fixtures.claim(article, "rules/1.0.0", 70, Measure.KILLED, 40, null, "Kursk", null, "en",
                "Forty soldiers were killed near Kursk, officials said.").withArticle(LocalDate.parse("2024-11-13"), "Test Outlet"));
        // the claims carry their article's day (date filters fall back to it); the article travels on its own topic
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get("/api/articles/" + article).then().statusCode(200).body("claims.size()", equalTo(2)));
    }

    @Test
    void filtersCombineOnMeasureSourceAndLocation() {
        given().queryParam("articleId", article).queryParam("measure", "present").queryParam("source", "state")
                .queryParam("location", "russ").get("/api/claims")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].quantity.low", equalTo(10000))
                .body("page", equalTo(0)).body("size", equalTo(50));
    }

    @Test
    void datesFilterOnStatedOnElsePublication() {
        given().queryParam("articleId", article).queryParam("from", "2024-11-12").queryParam("to", "2024-11-12")
                .get("/api/claims").then().body("total", equalTo(1)).body("items[0].statedOn", equalTo("2024-11-12"));
        given().queryParam("articleId", article).queryParam("from", "2024-11-13")
                .get("/api/claims").then().body("total", equalTo(1)).body("items[0].measure", equalTo("killed"));
    }

    @Test
    void fullTextSearchUsesTheLanguageOfTheEvidence() {
        // French stemming: "envoyé" finds "envoyés"; English stemming: "kill" finds "killed"
        given().queryParam("articleId", article).queryParam("q", "envoyé").get("/api/claims")
                .then().body("total", equalTo(1)).body("items[0].measure", equalTo("present"));
        given().queryParam("articleId", article).queryParam("q", "kill").get("/api/claims")
                .then().body("total", equalTo(1)).body("items[0].measure", equalTo("killed"));
    }

    @Test
    void aPlaceKeepsItsCountryThroughTheReadModel() {
        String other = "country-" + System.nanoTime();
        org.claims.model.Claim c = Fixtures.claim(other, "rules/1.0.0", 0, Measure.KILLED, 12, "Governor", null, null, "en",
                "Twelve people were killed in Kharkiv, the governor said.");
        Fixtures.send(json, c.withLocation(new org.claims.model.Claim.Location("Kharkiv", "Kharkiv", "Ukraine")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().queryParam("articleId", other).get("/api/claims").then().statusCode(200)
                        .body("total", equalTo(1)).body("items[0].location.country", equalTo("Ukraine")));
        given().get("/api/claims/" + c.claimId()).then().statusCode(200).body("location.country", equalTo("Ukraine"))
                .body("location.name", equalTo("Kharkiv"));
    }

    @Test
    void oneClaimByIdAndUnknownIdsAre404() {
        String id = given().queryParam("articleId", article).queryParam("measure", "killed").get("/api/claims")
                .then().extract().path("items[0].claimId");
        given().get("/api/claims/" + id).then().statusCode(200).body("quantity.low", equalTo(40));
        given().get("/api/claims/nope").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/articles/nope").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badParametersAre400sNamingTheParameter() {
        given().queryParam("measure", "shot").get("/api/claims").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("measure"));
        given().queryParam("size", "501").get("/api/claims").then().statusCode(400).body("field", equalTo("size"));
        given().queryParam("size", "abc").get("/api/claims").then().statusCode(400).body("field", equalTo("size"));
        given().queryParam("from", "13/11/2024").get("/api/claims").then().statusCode(400).body("field", equalTo("from"));
        given().queryParam("page", "-1").get("/api/claims").then().statusCode(400).body("field", equalTo("page"));
    }

    @Test
    void valuesPostgresCannotHoldAre400sNamingTheParameterNotDatabaseErrors() {
        given().queryParam("to", "+999999999-12-31").get("/api/claims").then().statusCode(400).body("field", equalTo("to"));
        given().queryParam("source", "a\u0000b").get("/api/claims").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("source"));
        given().urlEncodingEnabled(false).get("/api/claims/a%00b").then().statusCode(400).body("field", equalTo("path"));
    }

    @Test
    void summaryCountsArticlesClaimsSourcesAndMeasures() {
        given().get("/api/dashboard/summary").then().statusCode(200)
                .body("articles", greaterThanOrEqualTo(1)).body("claims", greaterThanOrEqualTo(2))
                .body("sources", greaterThanOrEqualTo(1)).body("byMeasure", hasKey("killed"))
                .body("latest.claimId", everyItem(org.hamcrest.Matchers.notNullValue()));
    }
}
