package org.claims.bench.soak;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * End-to-end latency per second of due time, and when it is healthy again after a restart. An article's latency
 * runs from the moment it was due (open loop: whatever the answers) to the write of its last claim in the read
 * model; a second is healthy when it has accepted articles and their p99 is within the bound (an accepted
 * article never stored counts as infinitely late). Recovered = the first second, from the restart on, that starts
 * {@link #SETTLE} healthy seconds in a row.
 */
final class Recovery {
    static final int SETTLE = 5;
    private final long startMillis;
    private final long boundMillis;
    private final List<List<Long>> seconds = new ArrayList<>();

    Recovery(long startMillis, long boundMillis) {
        this.startMillis = startMillis;
        this.boundMillis = boundMillis;
    }

    /** latencyMillis: Long.MAX_VALUE for an accepted article that never got its claims. */
    void add(long dueMillis, long latencyMillis) {
        int k = (int) Math.max(0, (dueMillis - startMillis) / 1000);
        while (seconds.size() <= k) {
            seconds.add(new ArrayList<>());
        }
        seconds.get(k).add(latencyMillis);
    }

    /** Milliseconds from fromMillis to the start of the recovered second (0 if never degraded); -1 if not before limit. */
    long recoveredAfter(long fromMillis, long limitMillis) {
        int first = (int) Math.max(0, (fromMillis - startMillis) / 1000);
        int end = (int) Math.min(seconds.size(), (limitMillis - startMillis) / 1000);
        for (int k = first; k < end; k++) {
            int run = 0;
            while (k + run < end && run < SETTLE && healthy(k + run)) {
                run++;
            }
            if (run == SETTLE || (run > 0 && k + run == end)) {
                return Math.max(0, startMillis + k * 1000L - fromMillis);
            }
        }
        return -1;
    }

    boolean healthy(int second) {
        return !seconds.get(second).isEmpty() && quantile(second, 0.99) <= boundMillis;
    }

    /** One line per second: second, accepted articles due then, p50, p99, max (ms; "inf" = never stored). */
    List<String> series() {
        List<String> out = new ArrayList<>();
        out.add("second accepted p50_ms p99_ms max_ms");
        for (int k = 0; k < seconds.size(); k++) {
            out.add(String.format("%d %d %s %s %s", k, seconds.get(k).size(), ms(quantile(k, 0.5)),
                    ms(quantile(k, 0.99)), ms(quantile(k, 1.0))));
        }
        return out;
    }

    /** Latency quantile over the seconds [from, to), e.g. the steady state before the first fault. */
    long quantile(int from, int to, double q) {
        long[] all = seconds.subList(Math.min(from, seconds.size()), Math.min(to, seconds.size())).stream()
                .flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
        return nearestRank(all, q);
    }

    int second(long epochMillis) {
        return (int) Math.max(0, (epochMillis - startMillis) / 1000);
    }

    private long quantile(int second, double q) {
        long[] v = seconds.get(second).stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(v);
        return nearestRank(v, q);
    }

    private static long nearestRank(long[] sorted, double q) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static String ms(long v) {
        return v == Long.MAX_VALUE ? "inf" : Long.toString(v);
    }
}
