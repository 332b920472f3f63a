package org.claims.ingest.domain;

/**
 * A token bucket: {@code perSecond} requests on average, bursts up to {@code burst}. Zero disables it.
 * Per instance, which is what protects this instance's memory and Kafka producer.
 */
public final class RateLimiter {
    private final double perNano;
    private final double burst;
    private double tokens;
    private long last;

    public RateLimiter(int perSecond, int burst) {
        this.perNano = perSecond / 1e9;
        this.burst = Math.max(burst, perSecond > 0 ? 1 : 0);
        this.tokens = this.burst;
        this.last = System.nanoTime();
    }

    public boolean enabled() {
        return perNano > 0;
    }

    public synchronized boolean tryAcquire() {
        if (!enabled()) {
            return true;
        }
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (now - last) * perNano);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
