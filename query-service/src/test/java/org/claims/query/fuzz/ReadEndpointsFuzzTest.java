package org.claims.query.fuzz;

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
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.claims.testsupport.KafkaTestResource;
import org.claims.testsupport.PostgresTestResource;
import org.claims.testsupport.fuzz.Fuzz;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Random query strings on every GET endpoint: whatever is asked, never a 5xx and never a stack trace. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@TestProfile(ReadEndpointsFuzzTest.CachedAggregates.class)
class ReadEndpointsFuzzTest {
    private static final List<String> PARAMETERS = List.of("measure", "source", "location", "subject", "articleId",
            "from", "to", "q", "page", "size", "limit", "windowDays", "format", "lastEventId");

    @TestHTTPResource("/")
    URI root;

    /** Aggregates cached as in production, so ten thousand summaries do not recompute ten thousand times. */
    public static class CachedAggregates implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("query.read-cache-ttl", "60s");
        }
    }

    /** Values that probe parsers and SQL: numbers at and past the limits, dates, wildcards, quotes, NUL, unicode. */
    private static Arbitrary<String> values() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.strings().ofMaxLength(60)),
                net.jqwik.api.Tuple.of(5, Arbitraries.strings().withChars("%_'\"\\;-*()0123456789eE.+ \u0000\u00e9\ud83d\ude00").ofMaxLength(30)),
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().map(String::valueOf)),
                net.jqwik.api.Tuple.of(5, Arbitraries.of("", "-1", "0", "2147483648", "99999999999999999999", "1e3", "NaN", "present", "PRESENT",
                        "2024-10-29", "2024-02-30", "0000-00-00", "+999999999-12-31", "2024-10-29T10:00:00Z", "fr", "csv")),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().alpha().ofLength(5000)));
    }

    private static Arbitrary<String> queries() {
        Arbitrary<String> pair = Combinators.combine(Arbitraries.oneOf(Arbitraries.of(PARAMETERS), Arbitraries.strings().ofMaxLength(10)),
                values()).as((k, v) -> URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
        return pair.list().ofMaxSize(6).map(pairs -> String.join("&", pairs));
    }

    private static Arbitrary<String> segments() {
        return values().map(v -> URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"api/claims", "api/dashboard/summary", "api/dashboard/series", "api/dashboard/timeline",
            "api/dashboard/disagreements", "api/claims/{id}", "api/articles/{id}"})
    void randomQueryStringsNeverBreakAnEndpoint(String path) {
        Fuzz.forAll(Combinators.combine(segments(), queries()).as((id, query) -> path.replace("{id}", id) + "?" + query),
                target -> Fuzz.assertHandled(get(root.resolve("/" + target))));
    }

    private static HttpResponse<String> get(URI uri) {
        return Fuzz.send(HttpRequest.newBuilder(uri).GET().build());
    }
}
