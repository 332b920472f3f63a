package org.claims.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claims.bench.check.ReadModel;

/** One fixed-rate run: warm-up then measured window, drain, latency from the due time, exact counts for a sample. */
final class Phase {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    /** db: the read model for the exact check of every article, or null for the REST sample. */
    record Config(HttpClient http, String ingest, String query, String key, int maxInFlight, int verifySample,
                  Duration drain, boolean sse, ArticleFactory factory, ReadModel db) {
    }

    record Result(double rate, OpenLoop.Result loop, long measured, long accepted, long completed, Stats e2e,
                  Stats post, Verifier.Counts counts, double completedPerS) {
        long incomplete() {
            return accepted - completed;
        }
    }

    private Phase() {
    }

    static Result run(Config c, double rate, Duration warmup, Duration duration, Map<String, Tracker> trackers)
            throws InterruptedException {
        long warmCount = Math.round(rate * warmup.toNanos() / 1e9);
        long total = warmCount + Math.max(1, Math.round(rate * duration.toNanos() / 1e9));
        List<ArticleFactory.Planned> plans = new ArrayList<>();
        for (long i = 0; i < total; i++) {   // generated (and pre-extracted) up front: keeps the send loop cheap
            plans.add(c.factory().next());
        }
        List<Tracker> mine = new ArrayList<>();
        Queue<Tracker> pollSample = new ConcurrentLinkedQueue<>();
        long sampleEvery = Math.max(1, (total - warmCount) / Math.max(1, c.verifySample()));
        Stats post = new Stats();
        ClaimPoller poller = c.sse() ? null : new ClaimPoller(new ClaimCounts(c.http(), c.query()), pollSample);
        OpenLoop.Result loop = OpenLoop.run(rate, warmup.plus(duration), c.maxInFlight(), (seq, due) -> {
            ArticleFactory.Planned p = plans.get((int) seq);
            Tracker t = new Tracker(p.id(), p.claimIds(), due, seq >= warmCount);
            trackers.put(t.id, t);
            synchronized (mine) {
                mine.add(t);
            }
            if (!c.sse() && t.measured && (seq - warmCount) % sampleEvery == 0) {
                pollSample.add(t);
            }
            return post(c, p, t, post, trackers);
        });
        List<Tracker> measured = mine.stream().filter(t -> t.measured).toList();
        List<Tracker> watched = c.sse() ? measured : new ArrayList<>(pollSample);
        drain(watched, c.drain());
        if (poller != null) {
            poller.close();
        }
        Stats e2e = new Stats();
        long firstDue = Long.MAX_VALUE;
        long lastDone = Long.MIN_VALUE;
        for (Tracker t : watched) {
            if (t.accepted() && t.completeNanos != 0) {
                e2e.record(t.completeNanos - t.dueNanos);
                firstDue = Math.min(firstDue, t.dueNanos);
                lastDone = Math.max(lastDone, t.completeNanos);
            }
        }
        long accepted = watched.stream().filter(Tracker::accepted).count();
        double completedPerS = e2e.size() == 0 ? 0 : e2e.size() / ((lastDone - firstDue) / 1e9);
        Verifier.Counts counts = c.db() != null ? Verifier.exact(c.db(), mine)
                : new Verifier(new ClaimCounts(c.http(), c.query())).verify(measured, c.verifySample());
        return new Result(rate, loop, measured.size(), accepted, e2e.size(), e2e, post, counts, completedPerS);
    }

    private static CompletableFuture<?> post(Config c, ArticleFactory.Planned p, Tracker t, Stats post,
                                             Map<String, Tracker> trackers) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(c.ingest())).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + c.key())
                .POST(HttpRequest.BodyPublishers.ofString(p.json())).build();
        return c.http().sendAsync(req, HttpResponse.BodyHandlers.ofString()).handle((r, e) -> {
            t.answeredNanos = System.nanoTime();
            if (e != null) {
                post.count("io:" + rootCause(e).getClass().getSimpleName());
                return null;
            }
            post.count(Integer.toString(r.statusCode()));
            if (t.measured) {
                post.record(t.answeredNanos - t.dueNanos);
            }
            Matcher m = ID.matcher(r.body());
            if (m.find() && !m.group(1).equals(t.id)) {
                // ingest's id differs from ArticleIds.of(body): follow ingest (and say so, once is enough to notice)
                System.err.println("ingest id " + m.group(1) + " != local id " + t.id);
                trackers.put(m.group(1), t);
            }
            t.status = r.statusCode();
            return null;
        });
    }

    /** Waits (bounded) until every accepted article is complete; stragglers then count as incomplete. */
    private static void drain(List<Tracker> watched, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline
                && watched.stream().anyMatch(t -> t.completeNanos == 0 && (t.accepted() || t.answeredNanos == 0))) {
            Thread.sleep(50);
        }
    }

    private static Throwable rootCause(Throwable e) {
        while (e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        return e;
    }
}
