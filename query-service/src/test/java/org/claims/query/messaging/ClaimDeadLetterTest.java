package org.claims.query.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.claims.model.Measure;
import org.claims.query.Fixtures;
import org.claims.testsupport.KafkaTestResource;
import org.claims.testsupport.PostgresTestResource;
import org.claims.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ClaimDeadLetterTest {
    @Inject
    ObjectMapper json;

    /** A valid claim's JSON for the article, broken by {@code damage}, sent keyed by the article (one partition). */
    private String sendBroken(String articleId, int start, Consumer<ObjectNode> damage) {
        ObjectNode claim = json.valueToTree(Fixtures.claim(articleId, "rules/1.0.0", start, Measure.PRESENT, 100 + start,
                null, null, null, "fr", "Cent soldats."));
        damage.accept(claim);
        String value = claim.toString();
        TopicProbe.send("claims", articleId, value);
        return value;
    }

    private static List<ConsumerRecord<String, String>> deadLettersOf(String articleId) {
        return TopicProbe.readAll("claims-dlq").stream().filter(r -> articleId.equals(r.key())).toList();
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private void awaitStored(String articleId, int total) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().queryParam("articleId", articleId).get("/api/claims").then().statusCode(200).body("total", equalTo(total)));
    }

    @Test
    void claimsBreakingTheContractGoToTheDeadLetterTopicAndTheNextClaimOfThePartitionIsStored() {
        String a = "contract-" + System.nanoTime();
        String noQualifier = sendBroken(a, 0, c -> ((ObjectNode) c.get("quantity")).remove("qualifier"));
        String noEvidence = sendBroken(a, 20, c -> ((ObjectNode) c.get("evidence")).putNull("text"));
        String longLanguage = sendBroken(a, 40, c -> c.put("language", "xx-very-long"));
        Fixtures.send(json, Fixtures.claim(a, "rules/1.0.0", 60, Measure.ARRESTED, 45, null, "Paris", null, "fr", "45 interpellés."));

        awaitStored(a, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> dlq = deadLettersOf(a);
            assertThat(dlq).extracting(ConsumerRecord::value).containsExactly(noQualifier, noEvidence, longLanguage);
            assertThat(dlq).extracting(r -> header(r, "dead-letter-reason")).containsExactly(
                    "claim breaks the contract: quantity.qualifier is required",
                    "claim breaks the contract: evidence.text is required",
                    "claim breaks the contract: language must be 'fr' or 'en', got 'xx-very-long'");
            assertThat(dlq).allSatisfy(r -> {
                assertThat(header(r, "dead-letter-topic")).isEqualTo("claims");
                assertThat(header(r, "dead-letter-exception-class")).isEqualTo(InvalidEventException.class.getName());
                assertThat(Integer.parseInt(header(r, "dead-letter-partition"))).isNotNegative();
                assertThat(Long.parseLong(header(r, "dead-letter-offset"))).isNotNegative();
            });
        });
    }

    @Test
    void unreadableClaimRecordsGoToTheDeadLetterTopicAndTheNextClaimIsStored() {
        String a = "unreadable-" + System.nanoTime();
        TopicProbe.send("claims", a, "{broken");
        sendBroken(a, 0, c -> c.put("measure", "invented"));
        Fixtures.send(json, Fixtures.claim(a, "rules/1.0.0", 60, Measure.ARRESTED, 45, null, "Paris", null, "fr", "45 interpellés."));

        awaitStored(a, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deadLettersOf(a))
                .extracting(r -> header(r, "dead-letter-reason")).hasSize(2).allMatch(r -> r.startsWith("value is not a Claim JSON object")));
    }

    @Test
    void aClaimTheDatabaseRefusesForGoodGoesToTheDeadLetterTopicWithoutBlockingTheOthersOfItsBatch() {
        String a = "refused-" + System.nanoTime();
        // PostgreSQL text cannot hold NUL: the contract allows it, the write fails whatever the retries
        String nul = sendBroken(a, 0, c -> ((ObjectNode) c.get("evidence")).put("text", "Cent\u0000soldats."));
        Fixtures.send(json, Fixtures.claim(a, "rules/1.0.0", 60, Measure.ARRESTED, 45, null, "Paris", null, "fr", "45 interpellés."));

        awaitStored(a, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deadLettersOf(a)).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo(nul);
            assertThat(header(r, "dead-letter-reason")).startsWith("the database refused it:");
        }));
    }
}
