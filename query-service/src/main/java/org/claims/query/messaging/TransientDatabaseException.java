package org.claims.query.messaging;

/** A write failed for a reason that waiting can fix; the retry policy of {@link Transactions} acts on it. */
public class TransientDatabaseException extends RuntimeException {
    public TransientDatabaseException(Throwable cause) {
        super(TransientFailures.root(cause).toString(), cause);
    }
}
