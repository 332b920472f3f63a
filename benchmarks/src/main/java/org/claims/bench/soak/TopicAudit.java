package org.claims.bench.soak;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The topics themselves, read from the beginning with a group-less consumer (assign + seek, nothing committed,
 * so the services' groups are untouched) up to the end offsets of the moment of reading, i.e. after draining.
 * Only records keyed by one of the run's articles count: the topics also hold seeds and earlier runs.
 * Duplicates on {@code articles} (a retried POST re-published) and redeliveries on {@code claims} (extract
 * re-sent a batch) are allowed by at-least-once delivery; the read model must absorb them. Missing is not.
 */
final class TopicAudit {
    record Result(long articleRecords, long missingArticles, long duplicatedArticles, long claimRecords,
                  long missingClaims, long extraClaims, long redeliveredClaims, long deadLetters, boolean complete) {
        boolean nothingMissing() {
            return complete && missingArticles == 0 && missingClaims == 0;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String bootstrap;
    private final Duration timeout;

    TopicAudit(String bootstrap, Duration timeout) {
        this.bootstrap = bootstrap;
        this.timeout = timeout;
    }

    Result audit(Map<String, ? extends Collection<String>> expected) throws Exception {
        Map<String, Integer> articles = new HashMap<>();
        boolean complete = read("articles", (k, v) -> {
            if (expected.containsKey(k)) {
                articles.merge(k, 1, Integer::sum);
            }
        });
        Map<String, Integer> claims = new HashMap<>();
        complete &= read("claims", (k, v) -> {
            if (expected.containsKey(k)) {
                claims.merge(claimId(v), 1, Integer::sum);
            }
        });
        long[] dlq = {0};
        complete &= read("articles-dlq", (k, v) -> dlq[0] += expected.containsKey(k) ? 1 : 0);
        long missingClaims = expected.values().stream().flatMap(Collection::stream).filter(c -> !claims.containsKey(c)).count();
        long known = expected.values().stream().flatMap(Collection::stream).filter(claims::containsKey).count();
        return new Result(sum(articles), expected.keySet().stream().filter(a -> !articles.containsKey(a)).count(),
                sum(articles) - articles.size(), sum(claims), missingClaims, claims.size() - known,
                sum(claims) - claims.size(), dlq[0], complete);
    }

    /** Every record of the topic up to its current end; false when the timeout cut the read short. */
    private boolean read(String topic, BiConsumer<String, String> each) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    System.err.printf("topic audit: %s not read to its end within %s%n", topic, timeout);
                    return false;
                }
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    // records appended after the end snapshot belong to nobody's expectation here
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        each.accept(r.key(), r.value());
                    }
                }
            }
            return true;
        }
    }

    private static String claimId(String value) {
        try {
            return JSON.readTree(value).path("claimId").asText("?");
        } catch (Exception e) {
            return "unreadable";
        }
    }

    private static long sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToLong(Integer::longValue).sum();
    }
}
