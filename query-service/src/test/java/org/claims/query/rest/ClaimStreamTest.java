package org.claims.query.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import org.claims.model.Claim;
import org.claims.model.Measure;
import org.claims.query.Fixtures;
import org.claims.query.messaging.ClaimFeed;
import org.claims.testsupport.KafkaTestResource;
import org.claims.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ClaimStreamTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    @Inject
    ObjectMapper json;
    @Inject
    ClaimFeed feed;
    @TestHTTPResource("/api/claims/stream")
    URL stream;
    final String token = "s" + Long.toString(System.nanoTime(), 36);

    private URI streamOfMySubject() {
        return URI.create(stream + "?subject=" + token);
    }

    private Claim send(int n) {
        String article = "stream-" + token + "-" + n;
        Claim c = Fixtures.claim(article, 0, Measure.PRESENT, "Streamed " + token, 1000L * n, 1000L * n, "Source " + n,
                "Kursk", LocalDate.parse("2024-11-01"), "en", "Claim number " + n + ".");
        Fixtures.send(json, c);
        return c;
    }

    private static void awaitReady(SseClient client) throws InterruptedException {
        SseClient.Event ready = client.next(Duration.ofSeconds(10));
        assertThat(ready).isNotNull();
        assertThat(ready.comment()).startsWith("stream from ");
    }

    @Test
    void aNewlyStoredClaimIsPushedAsAClaimEvent() throws Exception {
        try (SseClient client = new SseClient(streamOfMySubject(), null)) {
            assertThat(client.response.get().headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
            awaitReady(client);
            Claim sent = send(1);
            SseClient.Event e = client.nextNamed(WAIT);
            assertThat(e).isNotNull();
            assertThat(e.name()).isEqualTo("claim");
            JsonNode data = json.readTree(e.data());
            assertThat(data.get("claimId").asText()).isEqualTo(sent.claimId());
            assertThat(data.get("quantity").get("low").asLong()).isEqualTo(1000);
            assertThat(data.get("subject").get("name").asText()).isEqualTo("Streamed " + token);
            assertThat(Long.parseLong(e.id())).isPositive();
        }
    }

    @Test
    void reconnectingWithLastEventIdReplaysWhatWasMissedWithoutGaps() throws Exception {
        String firstId;
        try (SseClient client = new SseClient(streamOfMySubject(), null)) {
            awaitReady(client);
            send(1);
            firstId = client.nextNamed(WAIT).id();
        }
        // stored while no one listens; same article key, so they are stored in this order
        Claim second = send(2);
        Claim third = send(3);
        await().atMost(WAIT).untilAsserted(() -> given().queryParam("subject", token).get("/api/claims")
                .then().body("total", equalTo(3)));
        try (SseClient client = new SseClient(streamOfMySubject(), firstId)) {
            SseClient.Event a = client.nextNamed(WAIT);
            SseClient.Event b = client.nextNamed(WAIT);
            assertThat(json.readTree(a.data()).get("claimId").asText()).isEqualTo(second.claimId());
            assertThat(json.readTree(b.data()).get("claimId").asText()).isEqualTo(third.claimId());
            assertThat(Long.parseLong(a.id())).isGreaterThan(Long.parseLong(firstId));
            assertThat(Long.parseLong(b.id())).isGreaterThan(Long.parseLong(a.id()));
            assertThat(client.nextNamed(Duration.ofSeconds(1))).as("nothing else matches the filter").isNull();
        }
    }

    @Test
    void theLastEventIdQueryParameterResumesToo() throws Exception {
        Claim c = send(4);
        await().atMost(WAIT).untilAsserted(() -> given().queryParam("subject", token).get("/api/claims")
                .then().body("total", equalTo(1)));
        try (SseClient client = new SseClient(URI.create(streamOfMySubject() + "&lastEventId=0"), null)) {
            assertThat(json.readTree(client.nextNamed(WAIT).data()).get("claimId").asText()).isEqualTo(c.claimId());
        }
    }

    @Test
    void pollingStopsWhenTheClientDisconnects() throws Exception {
        int before = feed.subscribers();
        SseClient client = new SseClient(streamOfMySubject(), null);
        awaitReady(client);
        await().atMost(WAIT).until(() -> feed.subscribers() == before + 1);
        client.close();
        await().atMost(WAIT).until(() -> feed.subscribers() == before);
    }

    @Test
    void aBadResumePositionIsA400() {
        given().header("Last-Event-ID", "abc").get("/api/claims/stream").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("Last-Event-ID"));
    }
}
