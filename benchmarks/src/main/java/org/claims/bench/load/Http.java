package org.claims.bench.load;

import java.net.http.HttpClient;
import java.time.Duration;

/** The one HTTP client of a tool run. HTTP/1.1 on purpose: the default would try an h2c upgrade on every new connection. */
public final class Http {
    private Http() {
    }

    public static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }
}
