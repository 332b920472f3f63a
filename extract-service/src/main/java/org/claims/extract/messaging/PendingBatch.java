package org.claims.extract.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.claims.common.DeadLetter;
import org.claims.model.Claim;

/**
 * What one polled batch of articles still owes Kafka: the claims of each extracted article and the dead letters
 * of the failed ones. Each publishing attempt takes off what was acknowledged, so a retry re-sends only the rest.
 */
public final class PendingBatch {
    private final Map<ConsumerRecord<String, String>, List<Claim>> claims = new LinkedHashMap<>();
    private final List<DeadLetter> deadLetters = new ArrayList<>();

    void extracted(ConsumerRecord<String, String> record, List<Claim> articleClaims) {
        claims.put(record, articleClaims);
    }

    void failed(DeadLetter letter) {
        claims.remove(letter.record());
        deadLetters.add(letter);
    }

    Map<ConsumerRecord<String, String>, List<Claim>> unpublished() {
        return new LinkedHashMap<>(claims);
    }

    void published(ConsumerRecord<String, String> record) {
        claims.remove(record);
    }

    List<DeadLetter> unsentDeadLetters() {
        return List.copyOf(deadLetters);
    }

    void deadLettered(DeadLetter letter) {
        deadLetters.remove(letter);
    }

    public boolean isDone() {
        return claims.isEmpty() && deadLetters.isEmpty();
    }
}
