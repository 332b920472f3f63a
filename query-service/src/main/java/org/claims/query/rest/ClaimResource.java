package org.claims.query.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.claims.common.ProblemException;
import org.claims.model.Claim;
import org.claims.query.domain.ClaimFilter;
import org.claims.query.domain.Paging;
import org.claims.query.persistence.ClaimEntity;
import org.claims.query.persistence.ClaimMapper;
import org.claims.query.persistence.ClaimSearch;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {
    private final ClaimSearch search;
    private final ReadCache cached;

    public ClaimResource(ClaimSearch search, ReadCache cached) {
        this.search = search;
        this.cached = cached;
    }

    public record ClaimPage(List<Claim> items, long total, int page, int size) {
    }

    @GET
    @Operation(summary = "Claims matching the filters, newest statement first, paged")
    @APIResponse(responseCode = "200", description = "One page and the total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimPage.class)))
    public Response list(@QueryParam("measure") String measure, @QueryParam("source") String source,
                          @QueryParam("location") String location, @QueryParam("subject") String subject,
                          @QueryParam("articleId") String articleId, @QueryParam("from") String from,
                          @QueryParam("to") String to, @QueryParam("q") String q,
                          @QueryParam("page") String page, @QueryParam("size") String size) {
        ClaimFilter filter = ClaimFilter.of(measure, source, location, subject, articleId, from, to, q);
        Paging paging = Paging.of(QueryParams.integer("page", page), QueryParams.integer("size", size));
        return cached.get(List.of("claims", filter, paging), () -> {
            ClaimSearch.Page result = search.search(filter, paging);
            return new ClaimPage(result.items().stream().map(ClaimMapper::toClaim).toList(), result.total(),
                    paging.page(), paging.size());
        });
    }

    @GET
    @Path("/{claimId}")
    @Operation(summary = "One claim by its id")
    public Claim one(@PathParam("claimId") String claimId) {
        ClaimEntity e = ClaimEntity.findById(claimId);
        if (e == null) {
            throw ProblemException.notFound("Claim", claimId);
        }
        return ClaimMapper.toClaim(e);
    }
}
