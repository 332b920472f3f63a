package org.claims.extract.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Tells failures of one record (no retry will ever make Kafka take it) from failures of the connection (which
 * waiting fixes). Only the former send an article to the DLQ: an outage must never dead-letter good articles.
 */
final class RecordFaults {
    private RecordFaults() {
    }

    static boolean isRecordFault(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RecordTooLargeException || t instanceof InvalidRecordException
                    || t instanceof SerializationException || t instanceof JsonProcessingException) {
                return true;
            }
        }
        return false;
    }

    /** The most specific failure, for the dead-letter headers. */
    static Throwable root(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
