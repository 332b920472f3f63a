package org.claims.query.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.claims.query.domain.Disagreement;
import org.claims.query.domain.Limits;
import org.claims.query.domain.Series;
import org.claims.query.domain.TimelinePoint;
import org.claims.query.persistence.SeriesQuery;
import org.claims.query.persistence.SummaryQuery;
import org.claims.query.domain.Summary;
import org.claims.query.domain.ClaimFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {
    private final SummaryQuery summaryQuery;
    private final SeriesQuery seriesQuery;
    private final ReadCache cached;
    private final JsonAnswers answers;

    public DashboardResource(SummaryQuery summaryQuery, SeriesQuery seriesQuery, ReadCache cached,
                             JsonAnswers answers) {
        this.answers = answers;
        this.summaryQuery = summaryQuery;
        this.cached = cached;
        this.seriesQuery = seriesQuery;
    }

    public record SeriesList(List<Series> series) {
    }

    public record Timeline(List<TimelinePoint> points) {
    }

    public record Disagreements(int windowDays, List<Disagreement> disagreements) {
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Counts of articles, claims and sources, claims per measure, and the latest claims")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Summary.class)))
    public Response summary() {
        return cached.get(List.of("summary"), summaryQuery::summary);
    }

    @GET
    @Path("/series")
    @Operation(summary = "Claims grouped by (subject, measure, location), deduplicated across articles, with each "
            + "source's latest figure", description = "The same figure from the same source about the same day, carried "
            + "by several articles, counts once; 'articles' tells how many carry it. Most documented series first.")
    @APIResponse(responseCode = "200", description = "The series", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SeriesList.class), examples = @ExampleObject(name = "series", value = OpenApiExamples.SERIES)))
    public Response series(@BeanParam FilterParams filters,
                             @QueryParam("limit") @Parameter(description = "At most this many series (1..2000, default 200)") String limit) {
        int max = Limits.within("limit", QueryParams.integer("limit", limit), 200, 1, 2000);
        ClaimFilter filter = filters.filter();
        return cached.get(List.of("series", filter, max), () -> new SeriesList(seriesQuery.series(filter, max)));
    }

    @GET
    @Path("/timeline")
    @Operation(summary = "Matching claims as points ordered by date (statedOn, else publication day), then stream position")
    @APIResponse(responseCode = "200", description = "The points", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Timeline.class), examples = @ExampleObject(name = "timeline", value = OpenApiExamples.TIMELINE)))
    public Response timeline(@BeanParam FilterParams filters,
                             @QueryParam("limit") @Parameter(description = "At most this many points (1..10000, default 5000)") String limit) {
        int max = Limits.within("limit", QueryParams.integer("limit", limit), 5000, 1, 10000);
        ClaimFilter filter = filters.filter();
        return cached.get(List.of("timeline", filter, max), () -> answers.timeline(filter, max));
    }

    @GET
    @Path("/disagreements")
    @Operation(summary = "Series in which different sources gave non-overlapping figures within windowDays of each other",
            description = "Gap of a pair = the higher figure's low minus the lower figure's high; a series ranks by its "
                    + "largest gap. Only deduplicated claims at most windowDays apart are compared.")
    @APIResponse(responseCode = "200", description = "Disagreements, largest gap first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Disagreements.class),
            examples = @ExampleObject(name = "disagreements", value = OpenApiExamples.DISAGREEMENTS)))
    @APIResponse(responseCode = "400", description = "windowDays outside 1..3650, or a bad filter")
    public Response disagreements(@BeanParam FilterParams filters,
                                       @QueryParam("windowDays") @Parameter(description = "1..3650, default 30") String windowDays,
                                       @QueryParam("limit") @Parameter(description = "1..500, default 50") String limit) {
        int window = Limits.within("windowDays", QueryParams.integer("windowDays", windowDays),
                Disagreement.KEPT_WINDOW_DAYS, 1, 3650);
        int max = Limits.within("limit", QueryParams.integer("limit", limit), 50, 1, 500);
        ClaimFilter filter = filters.filter();
        return cached.get(List.of("disagreements", filter, window, max),
                () -> answers.disagreements(filter, window, max));
    }
}
