package org.claims.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Small helpers to find and check local TCP ports. */
public final class Ports {
    private Ports() {
    }

    /** A currently free port on the loopback interface (may be taken by someone else later). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free local port", e);
        }
    }

    /** True if nobody listens on the port, neither on the wildcard address nor on loopback. */
    public static boolean isFree(int port) {
        return canBind(new InetSocketAddress(port)) && canBind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }

    /** {@code port} if free, else the next free port above it (0 means any free port). */
    public static int firstFreeFrom(int port) {
        if (port == 0) {
            return freePort();
        }
        for (int p = port; p < Math.min(port + 100, 65536); p++) {
            if (isFree(p)) {
                return p;
            }
        }
        throw new IllegalStateException("no free port in " + port + ".." + (port + 99));
    }

    private static boolean canBind(InetSocketAddress address) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(address, 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
