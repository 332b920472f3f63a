package org.claims.extract.messaging;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.claims.common.DeadLetter;
import org.claims.model.Claim;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

/**
 * Publishes a batch's claims and dead letters and waits for Kafka's acknowledgements. An article whose claims
 * Kafka refuses for good (too large, unserialisable) becomes a dead letter on its own; anything else is an
 * outage, waited out with bounded exponential backoff (re-sending is safe: claim ids are deterministic and
 * query-service upserts on them). The consumer commits the batch only after this returns.
 */
@ApplicationScoped
public class BatchPublisher {
    private static final Logger LOG = Logger.getLogger(BatchPublisher.class);
    private static final long ACK_TIMEOUT_SECONDS = 30;
    private final ClaimPublisher claims;
    private final Emitter<String> deadLetters;

    public BatchPublisher(ClaimPublisher claims, @Channel("articles-dlq") Emitter<String> deadLetters) {
        this.claims = claims;
        this.deadLetters = deadLetters;
    }

    @Retry(maxRetries = -1, maxDuration = 0, delay = 100, jitter = 50, retryOn = KafkaUnavailableException.class)
    @ExponentialBackoff(maxDelay = 10, maxDelayUnit = ChronoUnit.SECONDS)
    public void publish(PendingBatch batch) throws InterruptedException {
        Map<ConsumerRecord<String, String>, CompletableFuture<Void>> sends = new LinkedHashMap<>();
        batch.unpublished().forEach((record, articleClaims) -> sends.put(record, send(articleClaims)));
        Throwable outage = null;
        for (var send : sends.entrySet()) {
            Throwable failure = await(send.getValue());
            if (failure == null) {
                batch.published(send.getKey());
            } else if (RecordFaults.isRecordFault(failure)) {
                batch.failed(DeadLetter.of(send.getKey(), RecordFaults.root(failure)));
            } else {
                outage = failure;
            }
        }
        for (DeadLetter letter : batch.unsentDeadLetters()) {
            Throwable failure = await(letter.sendTo(deadLetters));
            if (failure == null || RecordFaults.isRecordFault(failure)) {
                logDeadLetter(letter, failure);
                batch.deadLettered(letter);
            } else {
                outage = failure;
            }
        }
        if (outage != null) {
            LOG.warnf("Kafka did not acknowledge part of a batch (%s); retrying", RecordFaults.root(outage).toString());
            throw new KafkaUnavailableException(outage);
        }
    }

    private CompletableFuture<Void> send(List<Claim> articleClaims) {
        try {
            return claims.publish(articleClaims);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static Throwable await(CompletableFuture<Void> ack) throws InterruptedException {
        try {
            ack.get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            return e;
        }
    }

    private static void logDeadLetter(DeadLetter letter, Throwable failure) {
        ConsumerRecord<String, String> r = letter.record();
        if (failure == null) {
            LOG.warnf("Article at %s-%d@%d sent to articles-dlq: %s", r.topic(), r.partition(), r.offset(), letter.reason());
        } else {
            // the DLQ itself refuses it: nothing more can be done than say so loudly
            LOG.errorf("Article at %s-%d@%d could not even be dead-lettered (%s); reason was: %s",
                    r.topic(), r.partition(), r.offset(), failure, letter.reason());
        }
    }
}
