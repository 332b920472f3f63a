package org.claims.bench.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claims.bench.load.ArticleFactory;

/**
 * Before spending minutes on a soak: the deployed engine (extract-service's preview endpoint, which publishes
 * nothing) must find exactly the claim ids the engine compiled into this jar finds. Otherwise every article
 * would be reported lost or extra, and the cause would be a build mismatch, not the pipeline.
 */
final class EngineCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EngineCheck() {
    }

    /** null when the deployed engine agrees on these articles, else what differs. */
    static String mismatch(HttpClient http, String extractBase, List<ArticleFactory.Planned> sample) throws Exception {
        for (ArticleFactory.Planned p : sample) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(extractBase + "/api/extract"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(p.json())).build();
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return "extract-service answered " + r.statusCode() + " to /api/extract";
            }
            Set<String> deployed = new HashSet<>();
            for (JsonNode c : JSON.readTree(r.body()).path("claims")) {
                deployed.add(c.path("claimId").asText());
            }
            if (!deployed.equals(new HashSet<>(p.claimIds()))) {
                return String.format("article %s: deployed engine %s finds %s, local engine %s finds %s", p.id(),
                        JSON.readTree(r.body()).path("extractor").asText(), deployed,
                        org.claims.engine.ClaimExtractor.VERSION, p.claimIds());
            }
        }
        return null;
    }
}
