package org.claims.system;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.claims.engine.ClaimExtractor;
import org.claims.model.Article;
import org.claims.model.Claim;

/**
 * Articles of {@link Pipeline#article(int)} POSTed to ingest at a fixed rate, each once, whatever happens
 * downstream. Only a 200/202 answer makes an article accepted; for those, the claim ids the engine finds are what
 * the pipeline owes.
 */
final class SteadyLoad implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    // HTTP/1.1: the default would try an h2c upgrade on every new connection
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ClaimExtractor engine = new ClaimExtractor();
    private final Map<String, List<String>> accepted = new ConcurrentHashMap<>();
    private final List<CompletableFuture<?>> answers = new ArrayList<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final Map<String, Integer> outcomes = new ConcurrentHashMap<>();
    private final URI ingest;
    private final int total;

    SteadyLoad(int ingestPort, int perSecond, int total) {
        this.ingest = URI.create("http://127.0.0.1:" + ingestPort + "/api/articles");
        this.total = total;
        clock.scheduleAtFixedRate(this::sendNext, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
    }

    int sent() {
        return sent.get();
    }

    /** How many answers of each kind: a status code, or the exception of a POST that got none. */
    Map<String, Integer> outcomes() {
        return Map.copyOf(outcomes);
    }

    /** Once every article was sent and answered: article id -> the claim ids the engine finds in it. */
    Map<String, List<String>> awaitAccepted(Duration timeout) throws Exception {
        await().atMost(timeout).until(() -> sent.get() >= total);
        clock.shutdown();
        clock.awaitTermination(5, TimeUnit.SECONDS);
        List<CompletableFuture<?>> all;
        synchronized (answers) {
            all = List.copyOf(answers);
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        return new HashMap<>(accepted);
    }

    private void sendNext() {
        int n = sent.get();
        if (n >= total) {
            clock.shutdown();
            return;
        }
        Article a = Pipeline.article(n);
        List<String> claims = engine.extract(a).stream().map(Claim::claimId).toList();
        Map<String, String> json = Map.of("body", a.body(), "language", a.language(), "publishedAt", a.publishedAt(),
                "outlet", a.outlet());
        HttpRequest post;
        try {
            post = HttpRequest.newBuilder(ingest).timeout(Duration.ofSeconds(15))
                    .header("Authorization", "Bearer " + Pipeline.API_KEY).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json))).build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        CompletableFuture<?> answer = http.sendAsync(post, HttpResponse.BodyHandlers.discarding())
                .handle((r, e) -> {
                    outcomes.merge(e == null ? Integer.toString(r.statusCode()) : e.toString(), 1, Integer::sum);
                    if (e == null && (r.statusCode() == 200 || r.statusCode() == 202)) {
                        accepted.put(a.id(), claims);
                    }
                    return null;
                });
        synchronized (answers) {
            answers.add(answer);
        }
        sent.incrementAndGet();
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
