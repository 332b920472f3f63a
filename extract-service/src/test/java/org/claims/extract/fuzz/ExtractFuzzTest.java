package org.claims.extract.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.claims.testsupport.KafkaTestResource;
import org.claims.testsupport.fuzz.Fuzz;
import org.claims.testsupport.fuzz.MalformedJson;
import org.junit.jupiter.api.Test;

/** The preview endpoint, fed malformed articles of every kind: a 4xx problem each time, never a 5xx or a trace. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class ExtractFuzzTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/api/extract")
    URI extract;

    private HttpResponse<String> post(byte[] body) {
        try {
            return HTTP.send(HttpRequest.newBuilder(extract).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void malformedArticlesAreRefusedWithAProblem() {
        Fuzz.forAll(MalformedJson.articles(), c -> {
            HttpResponse<String> r = post(c.bytes());
            Fuzz.assertHandled(r);
            assertThat(r.statusCode()).as("status of " + r.body()).isBetween(400, 499);
        });
    }

    @Test
    void aTenMegabyteStringIsRefusedAsTooLarge() {
        HttpResponse<String> r = post(("{\"body\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8));
        Fuzz.assertHandled(r);
        assertThat(r.statusCode()).isEqualTo(413);
    }
}
