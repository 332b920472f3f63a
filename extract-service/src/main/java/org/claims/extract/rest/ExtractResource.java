package org.claims.extract.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;
import org.claims.common.ArticleRequest;
import org.claims.common.ArticleRequests;
import org.claims.extract.domain.Extraction;
import org.claims.model.Claim;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Synchronous preview: runs the engine on a posted article and publishes nothing, so it works without Kafka. */
@Path("/api/extract")
public class ExtractResource {
    /** The contract's article body limit, 1 MiB. */
    private static final int MAX_BODY_BYTES = 1024 * 1024;
    private final Extraction extraction;
    private final ArticleRequests requests;

    public ExtractResource(Extraction extraction, ArticleRequests requests) {
        this.extraction = extraction;
        this.requests = requests;
    }

    public record ExtractAnswer(String extractor, List<Claim> claims) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract the claims of an article without storing or publishing anything")
    public ExtractAnswer extract(byte[] body) throws IOException {
        ArticleRequest request = requests.read(body == null ? new byte[0] : body);
        return new ExtractAnswer(extraction.version(), extraction.extract(requests.toArticle(request, MAX_BODY_BYTES)));
    }
}
