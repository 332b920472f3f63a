package org.claims.bench.load;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-model scheduler: request i is due at start + i/rate whatever happened to earlier ones, so a slow server
 * cannot slow the offered load down (a closed loop would, and would hide queueing: coordinated omission).
 * Sends are asynchronous; at most maxInFlight are outstanding. A send that starts more than LATE_NANOS after
 * its due time (no permit, or the scheduler itself fell behind) is counted late, and so is every request not
 * sent at all because the run hit its hard stop (by default twice its duration); callers measure latency from
 * the due time, so waiting for a permit shows up in the latency instead of disappearing.
 */
public final class OpenLoop {
    static final long LATE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    /** Sends request seq that was due at dueNanos (System.nanoTime clock); completes when it is answered. */
    public interface Sender {
        CompletableFuture<?> send(long seq, long dueNanos);
    }

    /** scheduled = due in the window; sent = actually started; rate = sent per second of the sending window. */
    public record Result(long scheduled, long sent, long late, long elapsedNanos) {
        public double rate() {
            return sent / (elapsedNanos / 1e9);
        }
    }

    private OpenLoop() {
    }

    public static Result run(double rate, Duration duration, int maxInFlight, Sender sender) throws InterruptedException {
        long count = Math.max(1, Math.round(rate * duration.toNanos() / 1e9));
        return run(rate, count, duration.multipliedBy(2), maxInFlight, sender);
    }

    /** Exactly count requests (the soak needs a fixed number, not a duration); none starts after stopAfter. */
    public static Result run(double rate, long count, Duration stopAfter, int maxInFlight, Sender sender)
            throws InterruptedException {
        long period = Math.max(1, Math.round(1e9 / rate));
        Semaphore permits = new Semaphore(maxInFlight);
        LongAdder late = new LongAdder();
        long sent = 0;
        long start = System.nanoTime();
        long hardStop = start + stopAfter.toNanos();
        for (long i = 0; i < count; i++) {
            long due = start + i * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            // bounded: an overloaded server must not stretch the run past twice its length; the rest is not sent
            if (!permits.tryAcquire(Math.max(0, hardStop - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                late.add(count - i);
                break;
            }
            if (System.nanoTime() - due > LATE_NANOS) {
                late.increment();
            }
            CompletableFuture<?> f;
            try {
                f = sender.send(i, due);
            } catch (RuntimeException e) {
                permits.release();
                throw e;
            }
            sent++;
            f.whenComplete((r, t) -> permits.release());
        }
        long elapsed = System.nanoTime() - start;
        // let the stragglers finish (bounded) so their outcomes are counted
        if (permits.tryAcquire(maxInFlight, 15, TimeUnit.SECONDS)) {
            permits.release(maxInFlight);
        }
        return new Result(count, sent, late.sum(), elapsed);
    }
}
