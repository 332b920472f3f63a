package org.claims.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request whose declared length exceeds the HTTP layer's limit gets the same problem+json 413 as any other
 * oversized body, answered from its headers before a byte of the body is read. Without this route, the HTTP
 * layer's own check (which runs right after it) would answer an empty 413.
 */
@ApplicationScoped
public class TransportLimit {
    /** Just before the HTTP layer's upload-limit route (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT = -2). */
    private static final int ORDER = -3;

    void install(@Observes Router router, ObjectMapper json,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) throws JsonProcessingException {
        long max = limit.asLongValue();
        byte[] problem = json.writeValueAsBytes(Problem.of(413, "payload-too-large", "Payload too large",
                "The request body is larger than " + max + " bytes, the most this service reads", "body"));
        router.route().order(ORDER).handler(ctx -> {
            String declared = ctx.request().getHeader("Content-Length");
            if (declared != null && tooLong(declared, max)) {
                ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(io.vertx.core.buffer.Buffer.buffer(problem));
            } else {
                ctx.next();
            }
        });
    }

    private static boolean tooLong(String declared, long max) {
        try {
            return Long.parseLong(declared.trim()) > max;
        } catch (NumberFormatException e) {
            return false;   // the HTTP layer rejects malformed lengths itself
        }
    }
}
