package org.claims.query.messaging;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells database failures that waiting can fix (the connection, the pool, a serialisation conflict) from those
 * no retry will fix (a value the schema refuses). Only the former are retried; the latter dead-letter a record.
 */
final class TransientFailures {
    /** serialization_failure, deadlock_detected; and the server shutting down or starting (57P01-03). */
    private static final Set<String> STATES = Set.of("40001", "40P01", "57P01", "57P02", "57P03");

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof java.net.SocketException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && (connectionState(sql.getSQLState()) || poolExhausted(sql))) {
                return true;
            }
        }
        return false;
    }

    /** Class 08: connection exception (refused, lost, failed on the way). */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || STATES.contains(state));
    }

    /** Agroal signals an empty pool past the acquisition timeout with a plain SQLException. */
    private static boolean poolExhausted(SQLException e) {
        return e.getMessage() != null && e.getMessage().contains("Acquisition timeout");
    }

    static Throwable root(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
