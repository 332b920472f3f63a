package org.claims.ingest.faults;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(KafkaOutageTest.OwnBroker.class)
class KafkaOutageTest {

    /** Short Kafka timeouts so the outage is reported in seconds, as an operator would configure them. */
    public static class OwnBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.outgoing.articles.max.block.ms", "2000",
                    "mp.messaging.outgoing.articles.request.timeout.ms", "1500",
                    "mp.messaging.outgoing.articles.delivery.timeout.ms", "3000",
                    "ingest.publish-timeout", "4s");
        }

        @Override
        public java.util.List<TestResourceEntry> testResources() {
            return java.util.List.of(new TestResourceEntry(OwnKafkaResource.class));
        }
    }

    private static io.restassured.response.ValidatableResponse post(String body) {
        return given().header("Authorization", "Bearer test-key").contentType("text/plain").body(body)
                .post("/api/articles").then();
    }

    @Test
    void whileKafkaIsDownPostsAre503AndNothingIsAcceptedThenTheyRecover() {
        post("Before the outage " + System.nanoTime()).statusCode(202);

        OwnKafkaResource.takeDown();
        String during = "During the outage " + System.nanoTime();
        post(during).statusCode(503).contentType("application/problem+json").body("status", equalTo(503));

        OwnKafkaResource.bringBack();
        // the same article, refused before, is accepted (not reported duplicate) once Kafka is back
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                post(during).statusCode(202).body("status", equalTo("accepted")));
    }
}
