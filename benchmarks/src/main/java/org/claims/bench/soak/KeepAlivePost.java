package org.claims.bench.soak;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 keep-alive connection POSTing JSON and reading the status, Retry-After and body (discarded).
 * The soak's single POSTs go through a pool of these, one per thread: the JDK's async client spent about as much
 * CPU per POST as ingest itself (≈ 1.3 ms) on the same 2 cores, so the burst measured the client too.
 */
final class KeepAlivePost implements AutoCloseable {
    /** status: the HTTP status; retryAfterSeconds: the header's value, or -1. */
    record Answer(int status, long retryAfterSeconds) {
    }

    private final URI uri;
    private final byte[] head;
    private final byte[] skip = new byte[16 * 1024];
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeepAlivePost(URI uri, String key) {
        this.uri = uri;
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        this.head = ("POST " + target + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nAuthorization: Bearer " + key
                + "\r\nContent-Length: ").getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends the body and reads the whole answer. A connection the server closed is re-opened once, before sending. */
    Answer post(byte[] body) throws IOException {
        if (socket == null) {
            connect();
        }
        try {
            return exchange(body);
        } catch (IOException e) {
            // the server may have closed an idle connection: one fresh one, then give up (the caller retries)
            close();
            connect();
            return exchange(body);
        }
    }

    private Answer exchange(byte[] body) throws IOException {
        out.write(head);
        out.write((body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        String status = line();
        if (status == null) {
            throw new IOException("connection closed before the answer");
        }
        long length = 0;
        long retryAfter = -1;
        boolean close = false;
        boolean chunked = false;
        for (String h = line(); h != null && !h.isEmpty(); h = line()) {
            String lower = h.toLowerCase();
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(h.substring(15).trim());
            } else if (lower.startsWith("retry-after:")) {
                try {
                    retryAfter = Long.parseLong(h.substring(12).trim());
                } catch (NumberFormatException e) {
                    retryAfter = -1;
                }
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            for (long size = chunk(); size > 0; size = chunk()) {
                discard(size);
                line();
            }
            line();
        } else {
            discard(length);
        }
        if (close) {
            close();
        }
        return new Answer(Integer.parseInt(status.split(" ")[1]), retryAfter);
    }

    private long chunk() throws IOException {
        String size = line();
        if (size == null) {
            throw new IOException("connection closed inside a chunked body");
        }
        return Long.parseLong(size.split(";")[0].trim(), 16);
    }

    private void connect() throws IOException {
        socket = new Socket(uri.getHost(), uri.getPort());
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(30_000);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
    }

    private void discard(long n) throws IOException {
        while (n > 0) {
            int r = in.read(skip, 0, (int) Math.min(skip.length, n));
            if (r < 0) {
                throw new IOException("connection closed inside a body");
            }
            n -= r;
        }
    }

    private String line() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                return b.length() == 0 ? null : b.toString();
            }
            if (c != '\r') {
                b.append((char) c);
            }
        }
        return b.toString();
    }

    @Override
    public void close() {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException ignored) {
            // closing anyway
        }
        socket = null;
    }
}
