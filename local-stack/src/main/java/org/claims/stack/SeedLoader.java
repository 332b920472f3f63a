package org.claims.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Posts the seed articles listed in {@code seeds/manifest.json} (array of {"file", "publishedAt", "language",
 * "outlet", "title", "url"}) or {@code seeds/manifest.tsv} (same columns, header line) to the ingest service.
 */
final class SeedLoader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TSV_COLUMNS = List.of("file", "publishedAt", "language", "outlet", "title", "url");

    private SeedLoader() {
    }

    /** @return number of seeds answered 2xx */
    static int load(Path seedsDir, String ingestUrl, String apiKey) {
        List<Map<String, Object>> entries = readManifest(seedsDir);
        if (entries == null) {
            System.out.println("no seeds: neither " + seedsDir.resolve("manifest.json") + " nor manifest.tsv exists");
            return 0;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int ok = 0;
        for (Map<String, Object> entry : entries) {
            String file = String.valueOf(entry.get("file"));
            try {
                Map<String, Object> article = new LinkedHashMap<>();
                article.put("body", Files.readString(seedsDir.resolve(file), StandardCharsets.UTF_8));
                for (String field : List.of("language", "publishedAt", "outlet", "title", "url")) {
                    Object value = entry.get(field);
                    if (value != null && !String.valueOf(value).isBlank()) {
                        article.put(field, value);
                    }
                }
                HttpRequest request = HttpRequest.newBuilder(URI.create(ingestUrl))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + apiKey)
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(article), StandardCharsets.UTF_8))
                        .build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 == 2) {
                    ok++;
                }
                System.out.printf("  seed %-28s -> %d %s%n", file, response.statusCode(), oneLine(response.body()));
            } catch (java.nio.file.NoSuchFileException e) {
                System.out.printf("  seed %-28s -> skipped: file not found in %s%n", file, seedsDir);
            } catch (IOException e) {
                System.out.printf("  seed %-28s -> failed: %s: %s%n", file, e.getClass().getSimpleName(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return ok;
    }

    static List<Map<String, Object>> readManifest(Path seedsDir) {
        Path json = seedsDir.resolve("manifest.json");
        Path tsv = seedsDir.resolve("manifest.tsv");
        try {
            if (Files.isRegularFile(json)) {
                return JSON.readValue(json.toFile(), new TypeReference<List<Map<String, Object>>>() { });
            }
            if (Files.isRegularFile(tsv)) {
                return readTsv(Files.readAllLines(tsv, StandardCharsets.UTF_8));
            }
            return null;
        } catch (IOException e) {
            throw new StackException("cannot read seed manifest in " + seedsDir + ": " + e.getMessage(), e);
        }
    }

    private static List<Map<String, Object>> readTsv(List<String> lines) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<String> columns = TSV_COLUMNS;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells[0].trim().equals("file")) {
                columns = List.of(line.trim().split("\t"));
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            for (int i = 0; i < cells.length && i < columns.size(); i++) {
                String cell = cells[i].trim();
                entry.put(columns.get(i), cell.isEmpty() || cell.equals("null") ? null : cell);
            }
            out.add(entry);
        }
        return out;
    }

    private static String oneLine(String body) {
        String s = body == null ? "" : body.replaceAll("\\s+", " ").trim();
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
