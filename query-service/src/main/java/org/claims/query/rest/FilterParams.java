package org.claims.query.rest;

import jakarta.ws.rs.QueryParam;
import org.claims.query.domain.ClaimFilter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The /api/claims filters, shared by the dashboard reads and the live stream. */
public class FilterParams {
    @QueryParam("measure")
    @Parameter(description = "One of the contract's measures, e.g. present, killed")
    public String measure;
    @QueryParam("source")
    @Parameter(description = "Substring of the source's name or words, case-insensitive")
    public String source;
    @QueryParam("location")
    @Parameter(description = "Substring of the location's name or words, case-insensitive")
    public String location;
    @QueryParam("subject")
    @Parameter(description = "Substring of the subject's name or words, case-insensitive")
    public String subject;
    @QueryParam("articleId")
    public String articleId;
    @QueryParam("from")
    @Parameter(description = "ISO date; on statedOn, else the article's publication day")
    public String from;
    @QueryParam("to")
    @Parameter(description = "ISO date, inclusive")
    public String to;
    @QueryParam("q")
    @Parameter(description = "Full-text search in the evidence sentence, stemmed in the claim's language")
    public String q;

    public ClaimFilter filter() {
        return ClaimFilter.of(measure, source, location, subject, articleId, from, to, q);
    }
}
