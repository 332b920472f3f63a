package org.claims.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.claims.testsupport.KafkaTestResource;
import org.claims.testsupport.TopicProbe;
import org.claims.testsupport.fuzz.Fuzz;
import org.claims.testsupport.fuzz.MalformedJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Every write endpoint, fed malformed input of every kind: never a 5xx or a stack trace, and nothing published. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@TestProfile(WriteEndpointsFuzzTest.Unthrottled.class)
class WriteEndpointsFuzzTest {

    @TestHTTPResource("/api/articles")
    URI articles;

    @TestHTTPResource("/api/articles/batch")
    URI batch;

    /** The rate limit would answer 429 before the body is read, and the fuzz must reach the parsing. */
    public static class Unthrottled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ingest.rate-limit", "0");
        }
    }

    static HttpResponse<String> post(URI uri, String contentType, byte[] body) {
        return Fuzz.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer test-key")
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static void assertRefused(HttpResponse<String> r) {
        Fuzz.assertHandled(r);
        assertThat(r.statusCode()).as("status of " + r.body()).isBetween(400, 499);
    }

    @AfterAll
    static void nothingMalformedWasPublished() {
        assertThat(TopicProbe.readAll("articles")).noneMatch(r -> r.value() != null && r.value().contains("fuzz-"));
    }

    @Test
    void malformedJsonArticlesAreRefusedWithAProblem() {
        Fuzz.forAll(MalformedJson.articles(), c -> assertRefused(post(articles, "application/json", c.bytes())));
    }

    @Test
    void plainTextWithBadBytesOrBadParametersIsRefusedWithAProblem() {
        Arbitrary<byte[]> bodies = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300).map(b -> {
                    byte[] withBadByte = java.util.Arrays.copyOf(b, b.length + 1);
                    withBadByte[b.length] = (byte) 0xFF;
                    return withBadByte;
                }),
                Arbitraries.strings().ofMaxLength(300).map(s -> ("fuzz-text " + s).getBytes(StandardCharsets.UTF_8)));
        Arbitrary<String> badParameters = Arbitraries.oneOf(
                Arbitraries.strings().ofMinLength(3).ofMaxLength(40).map(l -> "language=" + URLEncoder.encode(l, StandardCharsets.UTF_8)),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(40).map(d -> "publishedAt=" + URLEncoder.encode("x" + d, StandardCharsets.UTF_8)),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(40).map(u -> "url=" + u));
        Fuzz.forAll(Combinators.combine(bodies, badParameters).as(TextCase::new), c -> assertRefused(
                post(URI.create(articles + "?" + c.query()), "text/plain; charset=UTF-8", c.body())));
    }

    record TextCase(byte[] body, String query) {
    }

    @Test
    void batchesOfMalformedLinesAcceptNothingAndReportEveryLine() {
        Arbitrary<byte[]> batches = MalformedJson.articles().list().ofMinSize(1).ofMaxSize(4).map(cases -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            cases.forEach(c -> {
                out.writeBytes(c.bytes());
                out.write('\n');
            });
            return out.toByteArray();
        });
        Fuzz.forAll(batches, b -> {
            HttpResponse<String> r = post(batch, "application/x-ndjson", b);
            Fuzz.assertHandled(r);
            assertThat(r.statusCode()).isIn(200, 400, 413);
            if (r.statusCode() == 200) {
                assertThat(r.body()).contains("\"accepted\":0").doesNotContain("\"status\":\"accepted\"");
            }
        });
    }

    @Test
    void aTenMegabyteStringIsRefusedAsTooLargeOnEveryEndpoint() {
        byte[] huge = ("{\"body\":\"fuzz-" + "x".repeat(10 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (var r : java.util.List.of(post(articles, "application/json", huge), post(batch, "application/x-ndjson", huge),
                post(articles, "text/plain", huge))) {
            Fuzz.assertHandled(r);
            assertThat(r.statusCode()).isEqualTo(413);
        }
    }
}
