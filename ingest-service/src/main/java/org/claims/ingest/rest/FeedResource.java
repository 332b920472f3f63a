package org.claims.ingest.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.claims.ingest.feeds.FeedService;
import org.claims.ingest.feeds.FeedState;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/feeds")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {
    /** {"url": "https://.../rss", "intervalSeconds": 300}; the interval is optional. */
    public record FeedRequest(String url, Integer intervalSeconds) {
    }

    public record Subscribed(String id, String url, int intervalSeconds) {
    }

    public record Feeds(List<FeedState.Summary> feeds) {
    }

    private final FeedService feeds;
    private final ObjectMapper json;

    public FeedResource(FeedService feeds, ObjectMapper json) {
        this.feeds = feeds;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe to an RSS 2.0 or Atom feed; its new items are fetched and ingested")
    @APIResponse(responseCode = "201", description = "Subscribed (the id derives from the URL; subscribing again changes only the interval)")
    @APIResponse(responseCode = "400", description = "Missing or refused URL, or an interval below the minimum")
    @RequestBody(content = @Content(schema = @Schema(implementation = FeedRequest.class)))
    public Response subscribe(InputStream body) throws IOException {
        FeedRequest request = JsonBody.read(body, json, FeedRequest.class, "{\"url\": ..., \"intervalSeconds\": ...}");
        // a missing URL is refused with the other bad URLs, by the fetcher's check
        FeedState state = request == null ? feeds.subscribe(null, null) : feeds.subscribe(request.url(), request.intervalSeconds());
        return Response.status(201).entity(new Subscribed(state.id(), state.url(), state.intervalSeconds())).build();
    }

    @GET
    @Operation(summary = "Every subscribed feed with its poll state")
    public Feeds list() {
        return new Feeds(feeds.list());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Unsubscribe a feed")
    @APIResponse(responseCode = "204", description = "Unsubscribed")
    @APIResponse(responseCode = "404", description = "No feed has this id")
    public Response unsubscribe(@PathParam("id") String id) {
        feeds.unsubscribe(id);
        return Response.noContent().build();
    }
}
