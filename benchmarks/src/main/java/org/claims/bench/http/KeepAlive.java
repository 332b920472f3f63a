package org.claims.bench.http;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 keep-alive connection: writes a request, reads the status, Retry-After and the body (discarded,
 * Content-Length or chunked). Deliberately minimal: a general-purpose client spent about as much CPU per request as
 * the service under test on this 2-core box (≈ 1.3 ms a POST for the JDK's), so the load would measure the client.
 */
public final class KeepAlive implements AutoCloseable {
    /** status: the HTTP status; retryAfterSeconds: the header's value, or -1. */
    public record Answer(int status, long retryAfterSeconds) {
    }

    private final URI uri;
    private final byte[] skip = new byte[64 * 1024];
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public KeepAlive(URI uri) {
        this.uri = uri;
    }

    /** The request line's target: path and query. */
    public static String target(URI uri) {
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The Host header's value. */
    public static String host(URI uri) {
        return uri.getHost() + ":" + uri.getPort();
    }

    public static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Writes the request's parts and reads the whole answer. A connection the server closed while idle is re-opened
     * once, then the error goes to the caller (who retries or counts it).
     */
    public Answer exchange(byte[]... parts) throws IOException {
        if (socket == null) {
            connect();
        }
        try {
            return once(parts);
        } catch (IOException e) {
            close();
            connect();
            return once(parts);
        }
    }

    private Answer once(byte[]... parts) throws IOException {
        for (byte[] p : parts) {
            out.write(p);
        }
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
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
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
