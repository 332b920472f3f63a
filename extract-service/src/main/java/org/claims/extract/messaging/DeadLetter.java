package org.claims.extract.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A record of {@code articles} that goes to {@code articles-dlq}, with why. */
public record DeadLetter(ConsumerRecord<String, String> record, String reason, String exceptionClass) {

    public static DeadLetter of(ConsumerRecord<String, String> record, Throwable failure) {
        String reason = failure.getMessage() == null || failure.getMessage().isBlank()
                ? failure.getClass().getSimpleName() : failure.getMessage();
        return new DeadLetter(record, reason, failure.getClass().getName());
    }
}
