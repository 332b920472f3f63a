package org.claims.ingest.feeds;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/** At most one request per host per delay from this instance, so polling never hammers a news site. */
final class HostPoliteness {
    private final long delayNanos;
    private final Map<String, Long> nextAllowed = new HashMap<>();

    HostPoliteness(Duration delay) {
        this.delayNanos = delay.toNanos();
    }

    /** Blocks until this instance may send the next request to the URL's host, and books that slot. */
    void awaitTurn(String url) {
        String host = host(url);
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextAllowed.getOrDefault(host, now));
            nextAllowed.put(host, slot + delayNanos);
            wait = slot - now;
        }
        long until = System.nanoTime() + wait;
        for (long left = wait; left > 0; left = until - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
