package org.claims.bench.reads;

import java.io.IOException;
import java.net.URI;
import org.claims.bench.http.KeepAlive;

/** One keep-alive connection issuing the same GET, read to the end of the body. */
final class KeepAliveGet implements AutoCloseable {
    private final KeepAlive connection;
    private final byte[] request;

    KeepAliveGet(URI uri) {
        this.connection = new KeepAlive(uri);
        this.request = KeepAlive.ascii("GET " + KeepAlive.target(uri) + " HTTP/1.1\r\nHost: " + KeepAlive.host(uri)
                + "\r\nAccept: application/json\r\n\r\n");
    }

    /** Sends the request and consumes the answer; returns the status code. */
    int get() throws IOException {
        return connection.exchange(request).status();
    }

    @Override
    public void close() {
        connection.close();
    }
}
