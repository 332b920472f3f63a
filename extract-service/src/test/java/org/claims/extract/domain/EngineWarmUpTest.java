package org.claims.extract.domain;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import org.claims.testsupport.KafkaTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@TestProfile(EngineWarmUpTest.WarmUpOn.class)
class EngineWarmUpTest {

    /** Long enough that the test's first request lands inside it, even on a busy machine. */
    public static class WarmUpOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("extract.warm-up", "20s");
        }
    }

    @Test
    void theServiceIsReadyOnlyOnceTheEngineIsWarm() {
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'engine warm-up' }.status", equalTo("DOWN"));
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("engine warm-up"))
                .body("checks.find { it.name == 'engine warm-up' }.data.passes", greaterThan(0)));
    }
}
