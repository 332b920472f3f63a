package org.claims.query.messaging;

import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Runs a write until it succeeds, backing off exponentially. The consumer thread stays on the failed batch,
 * so its offsets are not committed while PostgreSQL is away and nothing is skipped.
 */
final class Retrying {
    private static final Logger LOG = Logger.getLogger(Retrying.class);

    private Retrying() {
    }

    static void untilDone(String what, Duration maxBackoff, Runnable write) throws InterruptedException {
        long backoff = 100;
        while (true) {
            try {
                write.run();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Could not store %s (%s); retrying in %d ms", what, rootMessage(e), backoff);
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, maxBackoff.toMillis());
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
