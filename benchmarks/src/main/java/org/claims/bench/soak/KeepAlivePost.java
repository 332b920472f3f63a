package org.claims.bench.soak;

import java.io.IOException;
import java.net.URI;
import org.claims.bench.http.KeepAlive;

/**
 * One keep-alive connection POSTing JSON with the ingest key. The soak's single POSTs go through one of these per
 * thread, so the burst measures the stack, not the client.
 */
final class KeepAlivePost implements AutoCloseable {
    private final KeepAlive connection;
    private final byte[] head;

    KeepAlivePost(URI uri, String key) {
        this.connection = new KeepAlive(uri);
        this.head = KeepAlive.ascii("POST " + KeepAlive.target(uri) + " HTTP/1.1\r\nHost: " + KeepAlive.host(uri)
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nAuthorization: Bearer " + key
                + "\r\nContent-Length: ");
    }

    /** Sends the body and reads the whole answer. */
    KeepAlive.Answer post(byte[] body) throws IOException {
        return connection.exchange(head, KeepAlive.ascii(body.length + "\r\n\r\n"), body);
    }

    @Override
    public void close() {
        connection.close();
    }
}
