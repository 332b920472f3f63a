package org.claims.extract.messaging;

/** Kafka did not acknowledge part of a batch for a reason that waiting can fix (broker away, timeout). */
public class KafkaUnavailableException extends RuntimeException {
    public KafkaUnavailableException(Throwable cause) {
        super("Kafka did not acknowledge the batch: " + cause.getMessage(), cause);
    }
}
