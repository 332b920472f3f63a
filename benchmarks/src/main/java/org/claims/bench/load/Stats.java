package org.claims.bench.load;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Latencies (nanoseconds, all kept: runs are bounded, so exact percentiles beat a histogram's buckets) and outcome counts. */
public final class Stats {
    private long[] nanos = new long[1024];
    private int n;
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();

    public synchronized void record(long latencyNanos) {
        if (n == nanos.length) {
            nanos = Arrays.copyOf(nanos, n * 2);
        }
        nanos[n++] = latencyNanos;
    }

    /** Counts an outcome such as "202", "429" or "io:ConnectException". */
    public void count(String outcome) {
        outcomes.computeIfAbsent(outcome, k -> new LongAdder()).increment();
    }

    public synchronized int size() {
        return n;
    }

    /** The q-quantile (0..1) in milliseconds, nearest-rank; NaN when nothing was recorded. */
    public synchronized double millis(double q) {
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * n) - 1;
        return sorted[Math.max(0, Math.min(n - 1, rank))] / 1e6;
    }

    public Map<String, Long> outcomes() {
        Map<String, Long> out = new TreeMap<>();
        outcomes.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** Everything that is not a 2xx status. */
    public long errors() {
        return outcomes().entrySet().stream().filter(e -> !e.getKey().startsWith("2")).mapToLong(Map.Entry::getValue).sum();
    }

    public String errorSummary() {
        StringBuilder b = new StringBuilder();
        outcomes().forEach((k, v) -> {
            if (!k.startsWith("2")) {
                b.append(b.length() == 0 ? "" : " ").append(k).append('=').append(v);
            }
        });
        return b.length() == 0 ? "-" : b.toString();
    }

    public String percentiles() {
        return String.format("p50 %.1f  p90 %.1f  p99 %.1f  max %.1f ms", millis(0.5), millis(0.9), millis(0.99), millis(1.0));
    }
}
