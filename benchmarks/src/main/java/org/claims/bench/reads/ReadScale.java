package org.claims.bench.reads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claims.bench.load.Args;
import org.claims.bench.load.Stats;

/**
 * Latency of every read at the current size, one request at a time on one keep-alive connection (so each figure is
 * the server's cost of that read, not queueing): p50/p99/max over --requests after --warmup. Filter values are taken
 * from the newest stored claim. With the service's cache off (QUERY_READ_CACHE_MAX_BYTES=0) every request
 * computes its answer; with it on, the same requests measure cached reads. Then, with --export, the export in both
 * formats: rows, seconds, rows/s.
 * <pre>java -cp benchmarks.jar org.claims.bench.reads.ReadScale [--base http://localhost:8083] [--requests 200]
 *     [--warmup 20] [--label uncached] [--only disagreements] [--export]</pre>
 * {@code --only} keeps the reads whose path contains the given text (to re-measure one read after a change).
 */
public final class ReadScale {
    private ReadScale() {
    }

    public static void main(String[] argv) throws Exception {
        Args a = new Args(argv, Set.of("export"));
        String base = a.get("base", "http://localhost:8083");
        int requests = a.integer("requests", 200);
        int warmup = a.integer("warmup", 20);
        String label = a.get("label", "reads");
        String only = a.get("only", "");
        JsonNode summary = new ObjectMapper().readTree(URI.create(base + "/api/dashboard/summary").toURL());
        long claims = summary.get("claims").asLong();
        JsonNode c = summary.get("latest").get(0);
        System.out.printf("%s at %,d claims, %,d articles%n", label, claims, summary.get("articles").asLong());
        System.out.printf("| %-58s | %8s | %8s | %8s | %s%n", "read (" + label + ")", "p50 ms", "p99 ms", "max ms", "outcomes");
        for (Map.Entry<String, String> e : reads(c).entrySet()) {
            if (!e.getKey().contains(only)) {
                continue;
            }
            Stats stats = new Stats();
            try (KeepAliveGet get = new KeepAliveGet(URI.create(base + e.getValue()))) {
                for (int i = 0; i < warmup + requests; i++) {
                    long t0 = System.nanoTime();
                    String outcome = Integer.toString(get.get());
                    if (i >= warmup) {
                        stats.record(System.nanoTime() - t0);
                        stats.count(outcome);
                    }
                }
            }
            System.out.printf("| %-58s | %8.2f | %8.2f | %8.2f | %s%n", e.getKey(), stats.millis(0.5), stats.millis(0.99),
                    stats.millis(1.0), stats.outcomes());
        }
        if (a.flag("export")) {
            for (String format : new String[]{"csv", "ndjson"}) {
                export(base + "/api/claims/export?format=" + format);
            }
        }
    }

    private static Map<String, String> reads(JsonNode c) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("/api/claims", "/api/claims");
        r.put("/api/claims?measure=", "/api/claims?measure=" + c.get("measure").asText());
        r.put("/api/claims?source=", "/api/claims?source=" + part(c.path("source").path("name").asText("police")));
        r.put("/api/claims?location=", "/api/claims?location=" + part(c.path("location").path("name").asText("Paris")));
        r.put("/api/claims?subject=", "/api/claims?subject=" + part(c.path("subject").path("name").asText("people")));
        r.put("/api/claims?articleId=", "/api/claims?articleId=" + c.get("articleId").asText());
        r.put("/api/claims?from=&to= (one month)", "/api/claims?from=2024-06-01&to=2024-06-30");
        r.put("/api/claims?q=", "/api/claims?q=" + enc(word(c.path("evidence").path("text").asText("soldats"))));
        r.put("/api/dashboard/summary", "/api/dashboard/summary");
        r.put("/api/dashboard/series", "/api/dashboard/series");
        r.put("/api/dashboard/series?measure=", "/api/dashboard/series?measure=" + c.get("measure").asText());
        r.put("/api/dashboard/disagreements", "/api/dashboard/disagreements");
        r.put("/api/dashboard/disagreements?windowDays=10", "/api/dashboard/disagreements?windowDays=10");
        r.put("/api/dashboard/timeline", "/api/dashboard/timeline");
        return r;
    }

    /** A lower-case substring of a name, as an analyst types it. */
    private static String part(String name) {
        String s = name.toLowerCase(Locale.ROOT);
        return enc(s.length() > 6 ? s.substring(0, 6) : s);
    }

    /** The evidence's longest word: a full-text query that matches. */
    private static String word(String text) {
        String best = "soldats";
        for (String w : text.split("[^\\p{L}]+")) {
            if (w.length() > best.length()) {
                best = w;
            }
        }
        return best;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void export(String url) throws Exception {
        long t0 = System.nanoTime();
        HttpURLConnection conn = (HttpURLConnection) URI.create(url).toURL().openConnection();
        long lines = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(conn.getInputStream(), StandardCharsets.UTF_8),
                1 << 16)) {
            char[] buf = new char[1 << 16];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        // CSV evidence may hold line breaks inside quotes: lines are an upper bound there, exact for NDJSON
        System.out.printf("export %-60s status %d, %,d lines in %.2f s = %,.0f lines/s%n", url, conn.getResponseCode(),
                lines, s, lines / s);
    }
}
