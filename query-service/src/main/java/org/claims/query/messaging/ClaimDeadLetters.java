package org.claims.query.messaging;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.claims.common.DeadLetter;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;

/**
 * Claim records that break the contract or that the database refuses for good, copied to {@code claims-dlq}.
 * Returns only once Kafka acknowledged them, so the batch's offsets are committed after its dead letters are safe.
 */
@ApplicationScoped
public class ClaimDeadLetters {
    private static final Logger LOG = Logger.getLogger(ClaimDeadLetters.class);
    private final Emitter<String> emitter;

    public ClaimDeadLetters(@Channel("claims-dlq") Emitter<String> emitter) {
        this.emitter = emitter;
    }

    /** Thrown when Kafka did not acknowledge a dead letter; the whole list is sent again (copies are harmless). */
    public static class NotAcknowledged extends RuntimeException {
        NotAcknowledged(Throwable cause) {
            super("claims-dlq did not acknowledge: " + cause, cause);
        }
    }

    @Retry(maxRetries = -1, maxDuration = 0, delay = 100, jitter = 100, retryOn = NotAcknowledged.class)
    @ExponentialBackoff(maxDelay = 10, maxDelayUnit = ChronoUnit.SECONDS)
    public void send(List<DeadLetter> letters) throws InterruptedException {
        if (letters.isEmpty()) {
            return;
        }
        try {
            CompletableFuture.allOf(letters.stream().map(l -> l.sendTo(emitter)).toArray(CompletableFuture[]::new))
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new NotAcknowledged(e instanceof ExecutionException ? e.getCause() : e);
        }
        for (DeadLetter l : letters) {
            ConsumerRecord<String, String> r = l.record();
            LOG.warnf("Claim record %s-%d@%d sent to claims-dlq: %s", r.topic(), r.partition(), r.offset(), l.reason());
        }
    }
}
