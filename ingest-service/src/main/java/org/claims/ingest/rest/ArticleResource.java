package org.claims.ingest.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.claims.common.ArticleRequest;
import org.claims.common.ArticleRequests;
import org.claims.common.ProblemException;
import org.claims.ingest.config.FetchConfig;
import org.claims.ingest.config.IngestConfig;
import org.claims.ingest.domain.IngestResult;
import org.claims.ingest.domain.IngestService;
import org.claims.ingest.domain.PageIngest;
import org.claims.ingest.fetch.Fetched;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {
    /** JSON escaping and the other fields may add to the 1 MiB body; the body itself is checked exactly. */
    private static final int JSON_OVERHEAD = 256 * 1024;
    private final IngestService ingest;
    private final IngestConfig config;
    private final ArticleRequests requests;
    @Inject
    PageIngest pages;
    @Inject
    FetchConfig fetch;

    public ArticleResource(IngestService ingest, IngestConfig config, ArticleRequests requests) {
        this.ingest = ingest;
        this.config = config;
        this.requests = requests;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest one article given as JSON; 202 once Kafka acknowledged it")
    public Response postJson(InputStream body) throws IOException {
        byte[] bytes = BoundedBody.read(body, (long) config.maxBodyBytes() * 6 + JSON_OVERHEAD);
        return answer(ingest.ingest(requests.read(bytes)));
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Ingest one article given as plain text, metadata in query parameters")
    public Response postText(InputStream body, @QueryParam("title") String title, @QueryParam("outlet") String outlet,
                             @QueryParam("url") String url, @QueryParam("language") String language,
                             @QueryParam("publishedAt") String publishedAt) {
        String text = BoundedBody.utf8(body, config.maxBodyBytes());
        return answer(ingest.ingest(new ArticleRequest(url, outlet, title, text, language, publishedAt)));
    }

    @POST
    @Consumes({MediaType.TEXT_HTML, "application/xhtml+xml"})
    @Operation(summary = "Ingest one web page: its main text becomes the body, its metadata fills what the query leaves out")
    public Response postHtml(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                             @QueryParam("title") String title, @QueryParam("outlet") String outlet,
                             @QueryParam("url") String url, @QueryParam("language") String language,
                             @QueryParam("publishedAt") String publishedAt) {
        byte[] html = BoundedBody.read(body, fetch.maxBytes());
        if (html.length == 0) {
            throw ProblemException.badRequest("body", "Request body is empty: send the page's HTML");
        }
        return answer(pages.ingestHtml(html, Fetched.charsetOf(contentType),
                new ArticleRequest(url, outlet, title, null, language, publishedAt)));
    }

    /** 202 for a new article, 200 for one already accepted. */
    static Response answer(IngestResult result) {
        boolean duplicate = "duplicate".equals(result.status());
        return Response.status(duplicate ? 200 : 202).entity(result).build();
    }
}
