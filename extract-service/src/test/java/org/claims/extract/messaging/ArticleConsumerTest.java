package org.claims.extract.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.claims.testsupport.KafkaTestResource;
import org.claims.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class ArticleConsumerTest {

    private static String article(String id, String body) {
        return "{\"id\": \"" + id + "\", \"body\": \"" + body + "\", \"language\": \"fr\", \"publishedAt\": \"2024-10-29\"}";
    }

    private static List<ConsumerRecord<String, String>> claimsOf(String articleId) {
        return TopicProbe.readAll("claims").stream().filter(r -> articleId.equals(r.key())).toList();
    }

    @Test
    void eachClaimOfAnArticleIsPublishedKeyedByArticleWithHeaders() {
        String id = "consumer-" + System.nanoTime();
        TopicProbe.send("articles", id, article(id,
                "Selon le Pentagone, 10 000 soldats nord-coréens se trouvent en Russie."));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> claims = claimsOf(id);
            assertThat(claims).hasSize(1);
            ConsumerRecord<String, String> r = claims.get(0);
            assertThat(r.value()).contains("\"articleId\":\"" + id + "\"", "\"low\":10000", "\"measure\":\"present\"");
            assertThat(new String(r.headers().lastHeader("measure").value(), StandardCharsets.UTF_8)).isEqualTo("present");
            assertThat(new String(r.headers().lastHeader("language").value(), StandardCharsets.UTF_8)).isEqualTo("fr");
            assertThat(r.headers().lastHeader("extractor")).isNotNull();
        });
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndTheNextArticleIsStillProcessed() {
        String poisonKey = "poison-" + System.nanoTime();
        String noBodyKey = "nobody-" + System.nanoTime();
        String goodId = "after-poison-" + System.nanoTime();
        TopicProbe.send("articles", poisonKey, "this is not json {");
        TopicProbe.send("articles", noBodyKey, "{\"id\": \"x\", \"title\": \"no body\"}");
        TopicProbe.send("articles", goodId, article(goodId, "Selon la CGT, 3 000 manifestants ont défilé à Paris."));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> dlq = TopicProbe.readAll("articles-dlq");
            assertThat(dlq).anySatisfy(r -> {
                assertThat(r.key()).isEqualTo(poisonKey);
                assertThat(new String(r.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                        .contains("not an Article JSON");
            });
            assertThat(dlq).anySatisfy(r -> {
                assertThat(r.key()).isEqualTo(noBodyKey);
                assertThat(new String(r.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                        .contains("no 'body'");
            });
            assertThat(claimsOf(goodId)).isNotEmpty();
        });
    }
}
