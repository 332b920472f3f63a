package org.claims.query.faults;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.claims.model.Measure;
import org.claims.query.Fixtures;
import org.claims.testsupport.KafkaTestResource;
import org.claims.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(PostgresOutageTest.OwnDatabase.class)
class PostgresOutageTest {
    @Inject
    ObjectMapper json;

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("org.claims.query.messaging.Transactions/run/ExponentialBackoff/maxDelay", "1000");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KafkaTestResource.class), new TestResourceEntry(OwnPostgresResource.class));
        }
    }

    private static long committedClaimsOffsets() throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        try (Admin admin = Admin.create(p)) {
            Map<org.apache.kafka.common.TopicPartition, OffsetAndMetadata> offsets =
                    admin.listConsumerGroupOffsets("query-service-claims").partitionsToOffsetAndMetadata().get();
            return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals("claims") && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
        }
    }

    private static long claimsOnTopic() {
        return TopicProbe.readAll("claims").size();
    }

    @Test
    void claimsArrivingWhileThePostgresIsDownAreStoredExactlyOnceAfterItReturns() throws Exception {
        String a = "pg-outage-" + System.nanoTime();
        Fixtures.send(json, Fixtures.claim(a, "rules/1.0.0", 0, Measure.PRESENT, 1, null, null, null, "fr", "Un."));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("articleId", a).get("/api/claims").then().body("total", equalTo(1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> committedClaimsOffsets() == claimsOnTopic());
        long committedBefore = committedClaimsOffsets();

        OwnPostgresResource.takeDown();
        IntStream.rangeClosed(2, 6).forEach(n -> Fixtures.send(json,
                Fixtures.claim(a, "rules/1.0.0", n * 10, Measure.PRESENT, n, null, null, null, "fr", "Encore " + n + ".")));
        // while the writes fail, the offsets of the unsaved claims must stay uncommitted
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(committedClaimsOffsets()).isEqualTo(committedBefore));

        // readiness (the datasource's check) reports the outage, so a load balancer stops sending reads here
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN")));

        OwnPostgresResource.bringBack();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().queryParam("articleId", a).get("/api/claims").then().statusCode(200).body("total", equalTo(6)));
        await().atMost(Duration.ofSeconds(30)).until(() -> committedClaimsOffsets() == committedBefore + 5);
    }
}
