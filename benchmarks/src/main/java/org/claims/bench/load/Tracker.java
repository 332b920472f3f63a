package org.claims.bench.load;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** What is known about one posted article: when it was due, how it was answered, which of its claims were seen. */
final class Tracker {
    final String id;
    final int expected;
    final java.util.List<String> claimIds;   // what the local engine finds: the exact check's expectation
    final long dueNanos;
    final boolean measured;       // false during warm-up
    final Set<String> seenClaims = ConcurrentHashMap.newKeySet();
    volatile int status;          // HTTP status of the POST, 0 while pending or on I/O error
    volatile long answeredNanos;
    volatile long completeNanos;  // when the last expected claim became readable, 0 until then
    volatile long repeats;        // claim events seen more than once (SSE redelivery, not stored duplicates)

    Tracker(String id, java.util.List<String> claimIds, long dueNanos, boolean measured) {
        this.id = id;
        this.claimIds = claimIds;
        this.expected = claimIds.size();
        this.dueNanos = dueNanos;
        this.measured = measured;
    }

    boolean accepted() {
        return status == 200 || status == 202;
    }

    /** Called for every claim event of this article; marks completion once all expected claims were seen. */
    void claimSeen(String claimId, long nowNanos) {
        if (!seenClaims.add(claimId)) {
            repeats++;
        }
        complete(seenClaims.size(), nowNanos);
    }

    /** count = claims of this article known to be readable now. */
    synchronized void complete(int count, long nowNanos) {
        if (completeNanos == 0 && count >= expected) {
            completeNanos = nowNanos;
        }
    }
}
