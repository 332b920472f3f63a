package org.claims.query.rest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.ArrayList;
import java.util.List;
import org.claims.common.ProblemException;
import org.claims.model.Claim;
import org.claims.query.domain.ClaimFilter;
import org.claims.query.messaging.ClaimFeed;
import org.claims.query.persistence.ClaimEntity;
import org.claims.query.persistence.ClaimMapper;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/api/claims/stream")
public class ClaimStreamResource {
    /** A comment line every this many empty polls keeps idle proxies from closing the connection. */
    private static final int KEEPALIVE_TICKS = 60;
    private final ClaimFeed feed;
    private final StreamSlots slots;

    public ClaimStreamResource(ClaimFeed feed, StreamSlots slots) {
        this.feed = feed;
        this.slots = slots;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking // the starting position is read from PostgreSQL before the stream begins
    @Operation(summary = "Live claims as Server-Sent Events: event 'claim', id = stream position, data = Claim JSON",
            description = "Resumes after Last-Event-ID (header) or lastEventId (query) without gaps; without either, "
                    + "starts at the current end. Accepts the /api/claims filters.")
    public Multi<OutboundSseEvent> stream(@BeanParam FilterParams filters, @Context Sse sse,
                                          @HeaderParam("Last-Event-ID") String lastEventIdHeader,
                                          @QueryParam("lastEventId") @Parameter(description = "Resume after this id") String lastEventId) {
        ClaimFilter filter = filters.filter();
        Long resume = position(lastEventIdHeader != null && !lastEventIdHeader.isBlank() ? lastEventIdHeader : lastEventId);
        slots.acquire();
        try {
            long from = resume != null ? resume : feed.end();
            // the first line tells clients (and tests) the subscription is live and where it starts
            OutboundSseEvent ready = sse.newEventBuilder().comment("stream from " + from).build();
            Multi<OutboundSseEvent> claims = feed.follow(filter, from)
                    .onItem().transformToIterable(batch -> events(sse, batch));
            return Multi.createBy().concatenating().streams(Multi.createFrom().item(ready), claims)
                    .onTermination().invoke(slots::release);
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
    }

    private static List<OutboundSseEvent> events(Sse sse, ClaimFeed.Batch batch) {
        List<OutboundSseEvent> out = new ArrayList<>(batch.claims().size());
        for (ClaimEntity e : batch.claims()) {
            out.add(sse.newEventBuilder().name("claim").id(Long.toString(e.seq))
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(Claim.class, ClaimMapper.toClaim(e)).build());
        }
        if (out.isEmpty() && batch.tick() > 0 && batch.tick() % KEEPALIVE_TICKS == 0) {
            out.add(sse.newEventBuilder().comment("keep-alive").build());
        }
        return out;
    }

    private static Long position(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long p = Long.parseLong(value.trim());
            if (p >= 0) {
                return p;
            }
        } catch (NumberFormatException e) {
            // falls through to the 400 below
        }
        throw ProblemException.badRequest("Last-Event-ID", "The resume position must be a whole number of 0 or more");
    }
}
