package org.claims.query.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.claims.common.ProblemException;
import org.claims.model.Claim;
import org.claims.query.persistence.ArticleEntity;
import org.claims.query.persistence.ClaimEntity;
import org.claims.query.persistence.ClaimMapper;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleQueryResource {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArticleWithClaims(String id, String url, String outlet, String title, String body, String language,
                                    String publishedAt, String ingestedAt, List<Claim> claims) {
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An article with the claims extracted from it, in text order")
    public ArticleWithClaims one(@PathParam("id") String id) {
        ArticleEntity a = ArticleEntity.findById(id);
        if (a == null) {
            throw ProblemException.notFound("Article", id);
        }
        List<Claim> claims = ClaimEntity.<ClaimEntity>list("articleId = ?1 order by evidenceStart, claimId", id)
                .stream().map(ClaimMapper::toClaim).toList();
        return new ArticleWithClaims(a.id, a.url, a.outlet, a.title, a.body, a.language, a.publishedAt, a.ingestedAt, claims);
    }
}
