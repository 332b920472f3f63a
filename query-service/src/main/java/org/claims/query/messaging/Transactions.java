package org.claims.query.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

/**
 * Runs a write in its own transaction. Transient failures (PostgreSQL away, pool exhausted, serialisation or
 * deadlock) are retried without limit, backing off exponentially with jitter up to 10 s between attempts: the
 * consumer thread stays on its batch, so its offsets are not committed and nothing is skipped. Any other failure
 * is the record's fault and is thrown at once for the caller to dead-letter.
 */
@ApplicationScoped
public class Transactions {
    private static final Logger LOG = Logger.getLogger(Transactions.class);

    @Retry(maxRetries = -1, maxDuration = 0, delay = 100, jitter = 100, retryOn = TransientDatabaseException.class)
    @ExponentialBackoff(maxDelay = 10, maxDelayUnit = ChronoUnit.SECONDS)
    public void run(String what, Runnable write) {
        try {
            QuarkusTransaction.requiringNew().run(write);
        } catch (RuntimeException e) {
            if (TransientFailures.isTransient(e)) {
                LOG.warnf("Could not store %s (%s); retrying", what, TransientFailures.root(e).toString());
                throw new TransientDatabaseException(e);
            }
            throw e;
        }
    }
}
