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
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Subscribes the feeds of a {@code --feeds} file (one URL a line; blank lines and # comments skipped). */
final class FeedSubscriber {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedSubscriber() {
    }

    static List<String> urls(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new StackException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** @return feeds answered 201 */
    static int subscribe(Path file, String feedsUrl, String apiKey) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int ok = 0;
        for (String url : urls(file)) {
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(feedsUrl)).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + apiKey)
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("url", url))))
                        .build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                ok += response.statusCode() == 201 ? 1 : 0;
                System.out.printf("  feed %s -> %d %s%n", url, response.statusCode(), response.body().replaceAll("\\s+", " "));
            } catch (IOException e) {
                System.out.printf("  feed %s -> failed: %s%n", url, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return ok;
    }
}
