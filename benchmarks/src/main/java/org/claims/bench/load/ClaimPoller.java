package org.claims.bench.load;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fallback when the SSE stream is not there: polls GET /api/claims?articleId= for a sample of articles every
 * 100 ms until each is complete. Resolution is the poll period, and it adds read load, hence only a sample.
 */
final class ClaimPoller implements AutoCloseable {
    private static final long PERIOD_MS = 100;
    private final ClaimCounts counts;
    private final Collection<Tracker> sample;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    ClaimPoller(ClaimCounts counts, Collection<Tracker> sample) {
        this.counts = counts;
        this.sample = sample;
        this.thread = new Thread(this::loop, "claim-poller");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running.get()) {
            List<CompletableFuture<Void>> polls = sample.stream()
                    .filter(t -> t.completeNanos == 0 && t.accepted())
                    .map(t -> counts.claimIds(t.id).thenAccept(ids -> {
                        if (ids != null) {
                            t.complete((int) ids.stream().distinct().count(), System.nanoTime());
                        }
                    }))
                    .toList();
            CompletableFuture.allOf(polls.toArray(CompletableFuture[]::new)).join();
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running.set(false);
        thread.interrupt();
    }
}
