package org.claims.query.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.claims.testsupport.KafkaTestResource;
import org.claims.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** The configurable limits at the edge: live streams per instance, and CORS opened to chosen origins only. */
@QuarkusTest
@TestProfile(HardenedEdgesTest.Configured.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class HardenedEdgesTest {
    public static class Configured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("query.stream-max-connections", "2",
                    "quarkus.http.cors.enabled", "true",
                    "quarkus.http.cors.origins", "https://desk.example");
        }
    }

    @TestHTTPResource("/api/claims/stream")
    URL stream;

    @Test
    void streamsBeyondTheConfiguredLimitAre503ProblemJsonUntilOneCloses() throws Exception {
        try (SseClient first = new SseClient(stream.toURI(), null)) {
            try (SseClient second = new SseClient(stream.toURI(), null)) {
                assertThat(first.response.get().statusCode()).isEqualTo(200);
                assertThat(second.response.get().statusCode()).isEqualTo(200);
                given().get("/api/claims/stream").then().statusCode(503).contentType("application/problem+json")
                        .body("detail", equalTo("At most 2 live streams may be open at once; retry shortly"));
            }
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                try (SseClient third = new SseClient(URI.create(stream.toString()), null)) {
                    assertThat(third.response.get().statusCode()).isEqualTo(200);
                }
            });
        }
    }

    @Test
    void aConfiguredOriginMayReadCrossOrigin() {
        given().header("Origin", "https://desk.example").get("/api/claims").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://desk.example"));
    }

    @Test
    void anOtherOriginIsNotAllowed() {
        given().header("Origin", "https://elsewhere.example").get("/api/claims").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
