package org.claims.query.persistence;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
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

/** The publication day and outlet a claim event carries, and what happens when its article brings its own. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ClaimPublicationTest {
    @Inject
    ObjectMapper json;

    private Claim relayed(String articleId, String publishedOn) {
        Claim c = Fixtures.claim(articleId, "rules/1.0.0", 0, Measure.PRESENT, 10000, "US officials", "Russia", null,
                "fr", "Selon Reuters, citant des responsables américains, 10 000 soldats.");
        return new Claim(c.claimId(), c.articleId(), c.extractor(), c.language(), c.measure(), c.subject(), c.quantity(),
                c.location(), c.source().withVia("Reuters"), null, false, c.evidence())
                .withArticle(LocalDate.parse(publishedOn), "Le Monde");
    }

    @Test
    void aClaimIsServedWithTheDayOutletAndRelayOfItsEventWithoutItsArticle() {
        Claim c = relayed("pub-" + System.nanoTime(), "2024-10-29");
        Fixtures.send(json, c);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/claims/" + c.claimId()).then()
                .statusCode(200).body("publishedOn", equalTo("2024-10-29")).body("outlet", equalTo("Le Monde"))
                .body("source.via", equalTo("Reuters")));
        given().queryParam("articleId", c.articleId()).queryParam("from", "2024-10-29").queryParam("to", "2024-10-29")
                .get("/api/claims").then().body("total", equalTo(1));
    }

    @Test
    void anArticleThatBringsItsOwnDayAndOutletWinsOverTheEventsCopies() {
        Claim c = relayed("late-" + System.nanoTime(), "2024-10-01");
        Fixtures.send(json, c);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get("/api/claims/" + c.claimId()).then().statusCode(200));
        Fixtures.send(json, Fixtures.article(c.articleId(), "Libération", "fr", "2024-10-29", "corps"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/claims/" + c.claimId()).then()
                .body("publishedOn", equalTo("2024-10-29")).body("outlet", equalTo("Libération")));
        given().queryParam("articleId", c.articleId()).queryParam("to", "2024-10-28").get("/api/claims").then()
                .body("total", equalTo(0));
    }
}
