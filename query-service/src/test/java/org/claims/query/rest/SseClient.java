package org.claims.query.rest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A minimal Server-Sent Events reader over java.net.http: lines arrive asynchronously and are parsed into events. */
final class SseClient implements AutoCloseable {
    record Event(String id, String name, String data, String comment) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();
    /** Status and headers, known as soon as they arrive (the body itself never completes while connected). */
    final CompletableFuture<HttpResponse.ResponseInfo> response = new CompletableFuture<>();

    SseClient(URI uri, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().sendAsync(request.build(), info -> {
            response.complete(info);
            return HttpResponse.BodySubscribers.fromLineSubscriber(new Lines());
        });
        response.get(10, TimeUnit.SECONDS);
    }

    /** The next event or comment, or null after the timeout. */
    Event next(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next named event, skipping comments. */
    Event nextNamed(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Event e;
        do {
            e = next(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        } while (e != null && e.name() == null);
        return e;
    }

    @Override
    public void close() {
        subscription.thenAccept(Flow.Subscription::cancel);
    }

    private final class Lines implements Flow.Subscriber<String> {
        private String id;
        private String name;
        private StringBuilder data;
        private String comment;

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription.complete(s);
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.isEmpty()) {
                if (name != null || data != null || comment != null) {
                    events.add(new Event(id, name, data == null ? null : data.toString(), comment));
                }
                id = null;
                name = null;
                data = null;
                comment = null;
                return;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            value = value.startsWith(" ") ? value.substring(1) : value;
            switch (field) {
                case "" -> comment = value;
                case "id" -> id = value;
                case "event" -> name = value;
                case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                default -> { }
            }
        }

        @Override
        public void onError(Throwable t) {
        }

        @Override
        public void onComplete() {
        }
    }
}
