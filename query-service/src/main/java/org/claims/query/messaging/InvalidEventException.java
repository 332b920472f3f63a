package org.claims.query.messaging;

/** A topic record that breaks the contract: no retry can store it. Its message is the dead-letter reason. */
public class InvalidEventException extends RuntimeException {
    public InvalidEventException(String reason) {
        super(reason, null, false, false);
    }
}
