package org.claims.testsupport.fuzz;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Random;
import java.util.function.Consumer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Runs a property over jqwik-generated cases inside a running {@code @QuarkusTest} (jqwik's own engine cannot host
 * a Quarkus application, so the generators are driven here). The number of cases per endpoint is
 * {@code -Dfuzz.tries} (default 10,000) and the seed {@code -Dfuzz.seed} (default random, printed on failure).
 */
public final class Fuzz {
    private static final int GEN_SIZE = 1000;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Fuzz() {
    }

    public static int tries() {
        return Integer.getInteger("fuzz.tries", 10_000);
    }

    /** Checks every case; the first failure is reported with its case and the seed that reproduces it. */
    public static <T> void forAll(Arbitrary<T> cases, Consumer<T> property) {
        long seed = Long.getLong("fuzz.seed", new Random().nextLong());
        Random random = new Random(seed);
        JqwikSession.start();
        try {
            RandomGenerator<T> generator = cases.generator(GEN_SIZE);
            for (int i = 0, n = tries(); i < n; i++) {
                T value = generator.next(random).value();
                try {
                    property.accept(value);
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError("Case " + i + " failed (reproduce with -Dfuzz.seed=" + seed + "): "
                            + abbreviate(String.valueOf(value)), e);
                }
            }
        } finally {
            JqwikSession.finish();
        }
    }

    /** Sends over one shared keep-alive client; no answer at all is a failure of the property. */
    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The answer every request must get, however malformed: no 5xx, no stack trace, problem+json on errors. */
    public static void assertHandled(HttpResponse<String> r) {
        if (r.statusCode() >= 500) {
            throw new AssertionError("answered " + r.statusCode() + ": " + abbreviate(r.body()));
        }
        String body = r.body();
        if (body.contains("\tat ") || body.contains(".java:") || body.contains("Exception")) {
            throw new AssertionError("answer leaks internals: " + abbreviate(body));
        }
        if ((r.statusCode() == 414 || r.statusCode() == 431) && body.isEmpty()) {
            return;   // a request line or headers too long for the HTTP codec, refused before any application code
        }
        if (r.statusCode() >= 400 && !r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            throw new AssertionError(r.statusCode() + " is not problem+json: " + r.headers().firstValue("Content-Type"));
        }
    }

    static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "... (" + s.length() + " chars)" : s;
    }
}
