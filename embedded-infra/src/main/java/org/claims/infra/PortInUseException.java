package org.claims.infra;

/** A server could not start because its fixed port is taken. */
public class PortInUseException extends IllegalStateException {
    private final int port;

    public PortInUseException(String what, int port) {
        super(what + ": port " + port + " is already in use (stop whatever listens there, e.g. find it with `ss -ltnp | grep :" + port + "`)");
        this.port = port;
    }

    public int port() {
        return port;
    }
}
