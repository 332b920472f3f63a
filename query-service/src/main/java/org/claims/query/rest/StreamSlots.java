package org.claims.query.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import org.claims.common.ProblemException;
import org.claims.query.config.QueryConfig;

/**
 * Bounds the live streams open at once: each holds a connection and polls the database, so without a bound a
 * client opening streams in a loop could exhaust both. Beyond it, a 503 the client may retry.
 */
@ApplicationScoped
public class StreamSlots {
    private final Semaphore slots;
    private final int max;

    public StreamSlots(QueryConfig config) {
        this.max = config.streamMaxConnections();
        this.slots = new Semaphore(max);
    }

    /** Takes a slot, to be given back with {@link #release()} when the stream ends. */
    public void acquire() {
        if (!slots.tryAcquire()) {
            throw ProblemException.unavailable("At most " + max + " live streams may be open at once; retry shortly");
        }
    }

    public void release() {
        slots.release();
    }
}
