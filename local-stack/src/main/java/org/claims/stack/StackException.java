package org.claims.stack;

/** An expected failure: printed as one line, exit code 1, no stack trace. */
final class StackException extends RuntimeException {
    StackException(String message) {
        super(message);
    }

    StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
