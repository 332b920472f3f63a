package org.claims.extract.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
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

    @TestHTTPResource("/api/extract")
    URI extract;

    private HttpResponse<String> post(byte[] body) {
        return Fuzz.send(HttpRequest.newBuilder(extract).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
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
