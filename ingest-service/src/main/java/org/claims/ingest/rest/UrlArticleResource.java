package org.claims.ingest.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.claims.ingest.domain.PageIngest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/articles/url")
public class UrlArticleResource {
    /** {"url": "https://..."}: the page to fetch. */
    public record UrlRequest(String url) {
    }

    private final PageIngest pages;
    private final ObjectMapper json;

    public UrlArticleResource(PageIngest pages, ObjectMapper json) {
        this.pages = pages;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fetch a web page and ingest its main text; private and loopback addresses are refused")
    @APIResponse(responseCode = "202", description = "Accepted: Kafka acknowledged the article")
    @APIResponse(responseCode = "400", description = "Missing or refused URL (loopback, link-local, private address)")
    @APIResponse(responseCode = "415", description = "The URL does not serve an HTML page")
    @APIResponse(responseCode = "502", description = "The page could not be fetched (error status, too large, refused)")
    @APIResponse(responseCode = "504", description = "The page did not arrive in time")
    @RequestBody(content = @Content(schema = @Schema(implementation = UrlRequest.class)))
    public Response post(InputStream body) throws IOException {
        UrlRequest request = JsonBody.read(body, json, UrlRequest.class, "{\"url\": \"https://...\"}");
        return ArticleResource.answer(pages.ingestUrl(request == null ? null : request.url()));   // the fetcher refuses a missing URL
    }
}
