package org.claims.query.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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

@QuarkusTest
@TestProfile(ReadApiKeysTest.WithKeys.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ReadApiKeysTest {
    public static class WithKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("query.api-keys", "first-key, second-key");
        }
    }

    @TestHTTPResource("/api/claims/stream")
    URL stream;

    @Test
    void readsWithoutAValidKeyAre401ProblemJson() {
        given().get("/api/dashboard/series").then().statusCode(401).contentType("application/problem+json")
                .body("field", equalTo("Authorization"));
        given().header("Authorization", "Bearer wrong").get("/api/claims").then().statusCode(401);
        given().get("/api/claims/stream").then().statusCode(401);
    }

    @Test
    void anyConfiguredKeyOpensTheReads() {
        given().header("Authorization", "Bearer second-key").get("/api/dashboard/disagreements").then().statusCode(200);
        given().header("Authorization", "Bearer first-key").get("/api/claims").then().statusCode(200);
    }

    @Test
    void thePageHealthAndDocsStayOpen() {
        given().get("/").then().statusCode(200);
        given().get("/q/health").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void theStreamAlsoTakesTheKeyAsAQueryParameterForEventSource() throws Exception {
        try (SseClient client = new SseClient(URI.create(stream + "?key=first-key"), null)) {
            assertThat(client.response.get().statusCode()).isEqualTo(200);
            assertThat(client.next(Duration.ofSeconds(10)).comment()).startsWith("stream from");
        }
        given().queryParam("key", "first-key").get("/api/claims").then().statusCode(401);
    }
}
