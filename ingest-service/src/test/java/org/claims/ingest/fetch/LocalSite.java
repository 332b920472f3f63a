package org.claims.ingest.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web site on the loopback address for tests: pages and feeds put by the test, with ETags honoured
 * (304 on a matching If-None-Match), redirects, and a count of what was requested.
 */
public final class LocalSite implements AutoCloseable {
    private record Resource(int status, String type, byte[] body, String location) {
    }

    private final HttpServer server;
    private final Map<String, Resource> resources = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> gets = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> notModified = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService executor = Executors.newCachedThreadPool();

    public LocalSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public LocalSite put(String path, String type, String body) {
        resources.put(path, new Resource(200, type, body.getBytes(StandardCharsets.UTF_8), null));
        return this;
    }

    public LocalSite redirect(String path, String location) {
        resources.put(path, new Resource(302, null, new byte[0], location));
        return this;
    }

    /** A path that answers only when the site is closed: for timeouts. */
    public LocalSite hang(String path) {
        resources.put(path, new Resource(-1, null, null, null));
        return this;
    }

    public int gets(String path) {
        return gets.getOrDefault(path, new AtomicInteger()).get();
    }

    public int notModified(String path) {
        return notModified.getOrDefault(path, new AtomicInteger()).get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            gets.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Resource r = resources.get(path);
            if (r == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (r.status() == -1) {
                awaitRelease();
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            if (r.location() != null) {
                exchange.getResponseHeaders().add("Location", r.location());
                exchange.sendResponseHeaders(r.status(), -1);
                return;
            }
            String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(r.body())) + "\"";
            exchange.getResponseHeaders().add("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", r.type());
            exchange.sendResponseHeaders(r.status(), r.body().length);
            exchange.getResponseBody().write(r.body());
        }
    }

    private void awaitRelease() {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
