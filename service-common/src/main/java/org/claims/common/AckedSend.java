package org.claims.common;

import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Sends through an emitter and tells when the broker acknowledged the record. Every producer of ours answers
 * or commits only after that acknowledgement, which is what makes the pipeline at-least-once.
 */
public final class AckedSend {
    private AckedSend() {
    }

    public static <T> CompletableFuture<Void> send(Emitter<T> emitter, T payload, Metadata metadata) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        try {
            emitter.send(Message.of(payload, metadata,
                    () -> {
                        acked.complete(null);
                        return CompletableFuture.completedFuture(null);
                    },
                    failure -> {
                        acked.completeExceptionally(failure);
                        return CompletableFuture.completedFuture(null);
                    }));
        } catch (RuntimeException e) {
            // the emitter refuses synchronously when its buffer is full or the channel is down
            acked.completeExceptionally(e);
        }
        return acked;
    }
}
