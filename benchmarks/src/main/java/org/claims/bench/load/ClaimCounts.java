package org.claims.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** GET /api/claims?articleId=ID: the claim ids stored for one article, repeats included (they are what we count). */
final class ClaimCounts {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final String queryBase;

    ClaimCounts(HttpClient http, String queryBase) {
        this.http = http;
        this.queryBase = queryBase;
    }

    /** Completes with the stored claim ids, or null when the query failed. */
    CompletableFuture<List<String>> claimIds(String articleId) {
        URI uri = URI.create(queryBase + "/api/claims?size=500&articleId=" + URLEncoder.encode(articleId, StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
        return http.sendAsync(req, HttpResponse.BodyHandlers.ofString()).handle((r, t) -> {
            if (t != null || r.statusCode() != 200) {
                return null;
            }
            try {
                List<String> ids = new ArrayList<>();
                for (JsonNode c : JSON.readTree(r.body()).path("items")) {
                    ids.add(c.path("claimId").asText());
                }
                return ids;
            } catch (Exception e) {
                return null;
            }
        });
    }
}
