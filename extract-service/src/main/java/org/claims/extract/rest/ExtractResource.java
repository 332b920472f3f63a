package org.claims.extract.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;
import org.claims.common.ArticleRequest;
import org.claims.common.ArticleValidator;
import org.claims.common.ProblemException;
import org.claims.extract.domain.Extraction;
import org.claims.model.Claim;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Synchronous preview: runs the engine on a posted article and publishes nothing, so it works without Kafka. */
@Path("/api/extract")
public class ExtractResource {
    private final Extraction extraction;
    private final ObjectMapper json;
    private final ArticleValidator validator = new ArticleValidator(1024 * 1024, java.time.Clock.systemUTC());

    public ExtractResource(Extraction extraction, ObjectMapper json) {
        this.extraction = extraction;
        this.json = json;
    }

    public record ExtractAnswer(String extractor, List<Claim> claims) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract the claims of an article without storing or publishing anything")
    public ExtractAnswer extract(byte[] body) throws IOException {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("body", "Request body is empty: send an Article as JSON");
        }
        ArticleRequest request = json.readValue(body, ArticleRequest.class);
        return new ExtractAnswer(extraction.version(), extraction.extract(validator.toArticle(request)));
    }
}
