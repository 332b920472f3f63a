package org.claims.query.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import org.claims.query.config.QueryConfig;
import org.claims.query.domain.ReadModelChanged;
import org.claims.query.persistence.TtlCache;

/**
 * Read answers kept as the JSON bytes sent, for at most the read-cache TTL. Identical reads (a dashboard open in
 * many browsers, a poller) then cost neither a query nor a serialisation. Lists are dropped as soon as this
 * instance commits a change, so its own writes show at once (other instances' within the TTL). Aggregates scan
 * the whole table, so they are only refreshed once per TTL, and the previous answer is served while one reader
 * recomputes it: at most one TTL plus one computation behind.
 */
@ApplicationScoped
public class CachedJson {
    /** Answers can be 100 KB; bounds the cache's memory between two writes. */
    private static final int MAX_ENTRIES = 256;
    private final TtlCache<byte[]> lists;
    private final TtlCache<byte[]> aggregates;
    private final ObjectMapper json;

    public CachedJson(QueryConfig config, ObjectMapper json) {
        this.lists = new TtlCache<>(config.readCacheTtl(), MAX_ENTRIES, false);
        this.aggregates = new TtlCache<>(config.readCacheTtl(), MAX_ENTRIES, true);
        this.json = json;
    }

    public Response list(List<Object> key, Supplier<Object> compute) {
        return ok(lists.get(key, () -> write(compute.get())));
    }

    public Response aggregate(List<Object> key, Supplier<Object> compute) {
        return ok(aggregates.get(key, () -> write(compute.get())));
    }

    private static Response ok(byte[] body) {
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    void changed(@Observes ReadModelChanged event) {
        lists.clear();
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
