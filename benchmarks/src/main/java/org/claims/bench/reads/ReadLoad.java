package org.claims.bench.reads;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.claims.bench.load.Args;
import org.claims.bench.load.Stats;

/**
 * Fixed-rate read latency (what wrk2 would give; wrk2 is not packaged in Debian): GET one URL at --rate requests/s
 * for --duration, open model. Request i is due at start + i/rate; --connections keep-alive connections take the
 * requests in turn, and latency runs from the due time, so a connection still busy with a slow answer makes the
 * next ones late and that wait is counted (no coordinated omission).
 * <pre>java -cp benchmarks.jar org.claims.bench.reads.ReadLoad --rate 2000 --duration 30s --url URL [--warmup 5s] [--connections 32]</pre>
 */
public final class ReadLoad {
    private ReadLoad() {
    }

    public static void main(String[] argv) throws Exception {
        Args a = new Args(argv, Set.of());
        URI url = URI.create(a.get("url", "http://localhost:8083/api/claims?measure=present&size=50"));
        double rate = a.number("rate", 2000);
        int connections = a.integer("connections", 32);
        Duration warmup = a.duration("warmup", "5s");
        if (!warmup.isZero()) {   // JIT and connection warm-up, not reported
            run(url, rate, warmup, connections, new Stats());
        }
        Stats stats = new Stats();
        Duration duration = a.duration("duration", "30s");
        long late = run(url, rate, duration, connections, stats);
        System.out.printf("%-10s %7s %9s %9s %9s %9s %9s %7s  %s%n", "read", "rate", "sent/s", "p50ms", "p90ms", "p99ms",
                "maxms", "late", "outcomes (url)");
        System.out.printf("%-10s %7.0f %9.1f %9.2f %9.2f %9.2f %9.2f %7d  %s (%s)%n", "fixed", rate,
                stats.size() / (duration.toNanos() / 1e9), stats.millis(0.5), stats.millis(0.9), stats.millis(0.99),
                stats.millis(1.0), late, stats.outcomes(), url);
    }

    /** Returns how many requests started more than 1 ms after their due time. */
    static long run(URI url, double rate, Duration duration, int connections, Stats stats) throws InterruptedException {
        long total = (long) (rate * duration.toNanos() / 1e9);
        double interval = 1e9 / rate;
        long start = System.nanoTime() + 10_000_000;
        AtomicLong next = new AtomicLong();
        AtomicLong late = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread t = new Thread(() -> {
                try (KeepAliveGet conn = new KeepAliveGet(url)) {
                    for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        long due = start + (long) (i * interval);
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            LockSupport.parkNanos(wait);
                        } else if (wait < -1_000_000) {
                            late.incrementAndGet();
                        }
                        String outcome;
                        try {
                            outcome = Integer.toString(conn.get());
                        } catch (java.io.IOException e) {
                            outcome = "io:" + e.getClass().getSimpleName();
                            conn.close();
                        }
                        stats.record(System.nanoTime() - due);
                        stats.count(outcome);
                    }
                }
            }, "read-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        return late.get();
    }
}
