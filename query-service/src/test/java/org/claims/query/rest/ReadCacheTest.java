package org.claims.query.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claims.model.Measure;
import org.claims.query.Fixtures;
import org.claims.testsupport.KafkaTestResource;
import org.claims.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** Caching is on in tests, with a TTL longer than any test: only this instance's writes can refresh an answer. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ReadCacheTest {
    private static final Pattern HITS = Pattern.compile("cache_gets_total\\{cache=\"query-reads\",result=\"hit\"[^}]*} ([0-9.E]+)");
    @Inject
    ObjectMapper json;

    @Test
    void aCachedPageAndTheSummaryShowALocalWriteOnTheNextRead() {
        String a = "ryw-" + System.nanoTime();
        given().queryParam("articleId", a).get("/api/claims").then().statusCode(200).body("total", equalTo(0));
        long before = given().get("/api/dashboard/summary").then().extract().jsonPath().getLong("claims");

        Fixtures.send(json, Fixtures.claim(a, "rules/1.0.0", 0, Measure.ARRESTED, 45, null, "Paris", null, "fr", "45 interpellés."));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("articleId", a).get("/api/claims")
                .then().body("total", equalTo(1)).body("items.size()", equalTo(1)));
        assertThat(given().get("/api/dashboard/summary").then().extract().jsonPath().getLong("claims")).isGreaterThan(before);
    }

    @Test
    void aRepeatedReadIsAnsweredFromTheCache() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            double hits = hits();
            given().get("/api/dashboard/series").then().statusCode(200);
            given().get("/api/dashboard/series").then().statusCode(200);
            assertThat(hits()).isGreaterThan(hits);
        });
    }

    private static double hits() {
        Matcher m = HITS.matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
