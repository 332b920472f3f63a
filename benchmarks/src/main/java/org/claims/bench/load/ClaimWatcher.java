package org.claims.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Follows query-service's SSE stream (GET /api/claims/stream, event "claim", data = Claim JSON) and reports each
 * claim to the tracker of its article. The stream starts at the current end, so it is opened before the first
 * POST; claims of articles this run did not post (seeds, earlier runs) are ignored.
 */
final class ClaimWatcher implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Tracker> trackers;
    private volatile CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile Thread reader;
    private volatile long events;

    ClaimWatcher(Map<String, Tracker> trackers) {
        this.trackers = trackers;
    }

    /** True once the stream answered 200 within the timeout; false means: fall back to polling. */
    boolean open(HttpClient http, String queryBase, Duration timeout) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(queryBase + "/api/claims/stream"))
                .header("Accept", "text/event-stream").GET().build();
        response = http.sendAsync(req, HttpResponse.BodyHandlers.ofLines());
        try {
            HttpResponse<Stream<String>> r = response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (r.statusCode() != 200) {
                System.err.println("SSE stream answered " + r.statusCode() + ": falling back to polling");
                r.body().close();
                return false;
            }
            reader = new Thread(() -> read(r.body()), "sse-reader");
            reader.setDaemon(true);
            reader.start();
            return true;
        } catch (Exception e) {
            System.err.println("SSE stream unavailable (" + e + "): falling back to polling");
            response.cancel(true);
            return false;
        }
    }

    long events() {
        return events;
    }

    private void read(Stream<String> lines) {
        StringBuilder data = new StringBuilder();
        String[] event = {null};
        try (lines) {
            lines.forEach(line -> {
                if (line.isEmpty()) {           // blank line = end of one event
                    if ("claim".equals(event[0]) && data.length() > 0) {
                        dispatch(data.toString(), System.nanoTime());
                    }
                    data.setLength(0);
                    event[0] = null;
                } else if (line.startsWith("event:")) {
                    event[0] = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(data.length() == 0 ? "" : "\n").append(line.substring(5).stripLeading());
                }
            });
        } catch (RuntimeException e) {
            // the stream ends when close() cancels it or the server goes away; trackers then just stay incomplete
        }
    }

    private void dispatch(String json, long now) {
        events++;
        try {
            JsonNode claim = JSON.readTree(json);
            Tracker t = trackers.get(claim.path("articleId").asText());
            if (t != null) {
                t.claimSeen(claim.path("claimId").asText(), now);
            }
        } catch (Exception e) {
            System.err.println("unreadable claim event: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (response != null) {
            response.thenAccept(r -> r.body().close());
            response.cancel(true);
        }
        if (reader != null) {
            reader.interrupt();
        }
    }
}
