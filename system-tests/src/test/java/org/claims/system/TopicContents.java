package org.claims.system;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** What the pipeline left on its topics, read through KafkaCompanion (no consumer group, nothing committed). */
final class TopicContents {
    private TopicContents() {
    }

    /** Every record of the topic from its first offset up to its end at the moment of the call. */
    static List<ConsumerRecord<String, String>> readAll(KafkaCompanion kafka, String topic) {
        Map<TopicPartition, Long> first = offsets(kafka, topic, OffsetSpec.earliest());
        Map<TopicPartition, Long> end = offsets(kafka, topic, OffsetSpec.latest());
        long count = end.entrySet().stream().mapToLong(e -> e.getValue() - first.get(e.getKey())).sum();
        if (count == 0) {
            return List.of();
        }
        return kafka.consumeStrings().fromOffsets(first, count).awaitCompletion(Duration.ofMinutes(2)).getRecords();
    }

    /** Records of the topic not yet committed by the group (a group that never committed lags by everything). */
    static long lag(KafkaCompanion kafka, String group, String topic) {
        Map<TopicPartition, OffsetAndMetadata> committed = kafka.consumerGroups().offsets(group);
        return offsets(kafka, topic, OffsetSpec.latest()).entrySet().stream().mapToLong(e -> {
            OffsetAndMetadata c = committed.get(e.getKey());
            return e.getValue() - (c == null ? 0 : c.offset());
        }).sum();
    }

    private static Map<TopicPartition, Long> offsets(KafkaCompanion kafka, String topic, OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        kafka.topics().describe(topic).get(topic).partitions()
                .forEach(p -> request.put(KafkaCompanion.tp(topic, p.partition()), spec));
        Map<TopicPartition, Long> out = new HashMap<>();
        kafka.offsets().list(request).forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }
}
