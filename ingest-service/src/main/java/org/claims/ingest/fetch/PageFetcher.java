package org.claims.ingest.fetch;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.claims.common.ProblemException;
import org.claims.ingest.config.FetchConfig;

/**
 * GETs web pages and feeds for ingest: redirects followed by hand so that every hop passes the
 * {@link AddressPolicy} before any connection, a deadline per hop for headers and body together, a size cap,
 * and only the expected media types. Every failure is a problem naming the URL.
 */
@ApplicationScoped
public class PageFetcher {
    public static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml");
    public static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/rdf+xml", "application/xml", "text/xml");

    /** Validators of a copy already read, for a conditional GET; NONE for a plain one. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    private final FetchConfig config;
    private final AddressPolicy policy;
    private final HttpClient client;

    public PageFetcher(FetchConfig config) {
        this.config = config;
        this.policy = new AddressPolicy(config.allow().orElse(null));
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout()).build();
    }

    /** Refuses (400 problem) a URL this service must not fetch, without connecting to it. */
    public URI check(String url) {
        return policy.check(url);
    }

    public Fetched fetch(String url, Set<String> types, Validators validators) {
        URI uri = policy.check(url);
        for (int hop = 0; ; hop++) {
            HttpResponse<byte[]> response = send(uri, types, validators);
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> FetchProblems.upstream(url, "redirect without a Location"));
                if (hop >= config.maxRedirects()) {
                    throw FetchProblems.upstream(url, "more than " + config.maxRedirects() + " redirects");
                }
                uri = policy.check(resolve(uri, location, url));
                continue;
            }
            String type = response.headers().firstValue("Content-Type").orElse(null);
            String etag = response.headers().firstValue("ETag").orElse(null);
            String modified = response.headers().firstValue("Last-Modified").orElse(null);
            if (status == 304) {
                return new Fetched(uri, 304, type, new byte[0], etag, modified);
            }
            if (status < 200 || status >= 300) {
                throw FetchProblems.upstream(url, uri + " answered HTTP " + status);
            }
            if (!types.contains(Fetched.mediaType(type))) {
                throw FetchProblems.unsupportedType(url, type);
            }
            if (response.body() == null) {
                throw FetchProblems.upstream(url, "the body is larger than " + config.maxBytes() + " bytes");
            }
            return new Fetched(uri, status, type, response.body(), etag, modified);
        }
    }

    private static String resolve(URI base, String location, String url) {
        try {
            return base.resolve(location.trim()).toString();
        } catch (IllegalArgumentException e) {
            throw FetchProblems.upstream(url, "redirect to an invalid Location '" + location + "'");
        }
    }

    private HttpResponse<byte[]> send(URI uri, Set<String> types, Validators validators) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(config.timeout()).GET()
                .header("User-Agent", config.userAgent())
                .header("Accept", String.join(", ", types) + ", */*;q=0.1");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request.build(), info -> wanted(info, types)
                ? new CappedBody(config.maxBytes()) : HttpResponse.BodySubscribers.replacing(null));
        try {
            return pending.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw FetchProblems.timeout(uri.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FetchProblems.timeout(uri.toString());
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        }
    }

    /** Only a successful answer of an expected type and acceptable declared size is read at all. */
    private boolean wanted(HttpResponse.ResponseInfo info, Set<String> types) {
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return info.statusCode() / 100 == 2 && declared <= config.maxBytes()
                && types.contains(Fetched.mediaType(info.headers().firstValue("Content-Type").orElse(null)));
    }

    private ProblemException failure(URI uri, Throwable cause) {
        if (cause instanceof HttpTimeoutException) {
            return FetchProblems.timeout(uri.toString());
        }
        if (cause instanceof CappedBody.TooLarge || cause != null && cause.getCause() instanceof CappedBody.TooLarge) {
            return FetchProblems.upstream(uri.toString(), "the body is larger than " + config.maxBytes() + " bytes");
        }
        if (cause instanceof ConnectException) {
            return FetchProblems.upstream(uri.toString(), "connection refused");
        }
        String why = cause instanceof IOException && cause.getMessage() != null ? cause.getMessage() : "the connection failed";
        return FetchProblems.upstream(uri.toString(), why);
    }
}
