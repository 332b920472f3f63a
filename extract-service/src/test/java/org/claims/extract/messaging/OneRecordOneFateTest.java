package org.claims.extract.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.claims.testsupport.KafkaTestResource;
import org.claims.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@TestProfile(OneRecordOneFateTest.EngineFailsOnTrigger.class)
class OneRecordOneFateTest {

    public static class EngineFailsOnTrigger implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(FailingExtraction.class);
        }

        /** Kafka refuses any claim record above 4 KiB: one with a long evidence sentence cannot be published. */
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.outgoing.claims.max.request.size", "4096");
        }
    }

    private static String article(String id, String body) {
        return "{\"id\": \"" + id + "\", \"body\": \"" + body + "\", \"language\": \"fr\", \"publishedAt\": \"2024-10-29\"}";
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void anArticleTheEngineFailsOnGoesAloneToTheDeadLetterTopicAndTheRestOfItsBatchIsPublished() {
        String run = "fate-" + System.nanoTime();
        Map<String, String> batch = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            batch.put(run + "-good-" + i, article(run + "-good-" + i, "Selon la CGT, " + (i + 2) + " 000 manifestants ont défilé à Paris."));
        }
        batch.put(run + "-bad", article(run + "-bad", "Selon la CGT, 9 000 manifestants ont défilé. " + FailingExtraction.TRIGGER));
        for (int i = 3; i < 6; i++) {
            batch.put(run + "-good-" + i, article(run + "-good-" + i, "Selon la CGT, " + (i + 2) + " 000 manifestants ont défilé à Paris."));
        }
        TopicProbe.sendTogether("articles", 2, batch);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> claims = TopicProbe.readAll("claims").stream()
                    .filter(r -> r.key() != null && r.key().startsWith(run)).toList();
            assertThat(claims).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(
                    run + "-good-0", run + "-good-1", run + "-good-2", run + "-good-3", run + "-good-4", run + "-good-5");
            List<ConsumerRecord<String, String>> dlq = TopicProbe.readAll("articles-dlq").stream()
                    .filter(r -> r.key() != null && r.key().startsWith(run)).toList();
            assertThat(dlq).singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo(run + "-bad");
                assertThat(r.value()).isEqualTo(batch.get(run + "-bad"));
                assertThat(header(r, "dead-letter-reason")).isEqualTo("the engine failed on purpose");
                assertThat(header(r, "dead-letter-exception-class")).isEqualTo(IllegalStateException.class.getName());
                assertThat(header(r, "dead-letter-topic")).isEqualTo("articles");
                assertThat(header(r, "dead-letter-partition")).isEqualTo("2");
                assertThat(Long.parseLong(header(r, "dead-letter-offset"))).isNotNegative();
            });
        });
    }

    @Test
    void anArticleWhoseClaimKafkaRefusesGoesAloneToTheDeadLetterTopicAndTheRestOfItsBatchIsPublished() {
        String run = "refused-" + System.nanoTime();
        String longSentence = "Selon la CGT, 7 000 manifestants ont défilé à Paris" + ", sous la pluie et dans le calme".repeat(150) + ".";
        Map<String, String> batch = new LinkedHashMap<>();
        batch.put(run + "-good-0", article(run + "-good-0", "Selon la CGT, 2 000 manifestants ont défilé à Paris."));
        batch.put(run + "-bad", article(run + "-bad", longSentence));
        batch.put(run + "-good-1", article(run + "-good-1", "Selon la CGT, 3 000 manifestants ont défilé à Paris."));
        TopicProbe.sendTogether("articles", 4, batch);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(TopicProbe.readAll("claims")).extracting(ConsumerRecord::key).filteredOn(k -> k != null && k.startsWith(run))
                    .containsExactlyInAnyOrder(run + "-good-0", run + "-good-1");
            assertThat(TopicProbe.readAll("articles-dlq")).filteredOn(r -> r.key() != null && r.key().startsWith(run))
                    .singleElement().satisfies(r -> {
                        assertThat(r.key()).isEqualTo(run + "-bad");
                        assertThat(header(r, "dead-letter-exception-class")).endsWith("RecordTooLargeException");
                        assertThat(header(r, "dead-letter-partition")).isEqualTo("4");
                    });
        });
    }
}
