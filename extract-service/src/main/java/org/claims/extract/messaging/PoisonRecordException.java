package org.claims.extract.messaging;

/** A record on {@code articles} that no retry can make readable; its message becomes the DLQ reason header. */
public class PoisonRecordException extends RuntimeException {
    public PoisonRecordException(String reason) {
        super(reason, null, false, false);
    }
}
