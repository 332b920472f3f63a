package org.claims.query.rest;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.claims.common.ProblemException;
import org.claims.model.Claim;
import org.claims.query.domain.ClaimFilter;
import org.claims.query.persistence.ClaimExport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/claims/export")
public class ClaimExportResource {
    static final String CSV_HEADER = "claimId,articleId,measure,subject,low,best,high,qualifier,source,sourcePerson,"
            + "location,statedOn,publishedOn,outlet,url,hedged,evidence";
    private static final String NDJSON = "application/x-ndjson";
    private final ClaimExport export;
    private final ObjectMapper json;

    public ClaimExportResource(ClaimExport export, ObjectMapper json) {
        this.export = export;
        this.json = json;
    }

    @GET
    @Produces({"text/csv", NDJSON})
    @Operation(summary = "Every claim matching the /api/claims filters, streamed, in stream order, no row cap",
            description = "CSV (RFC 4180, header row; best = the figure when exact, else the midpoint of low and high)"
                    + " or NDJSON (one Claim per line).")
    @APIResponse(responseCode = "400", description = "format is not csv or ndjson, or a bad filter")
    public Response export(@BeanParam FilterParams filters,
                           @QueryParam("format") @Parameter(description = "csv (default) or ndjson") String format) {
        boolean csv = format == null || format.isBlank() || format.trim().equalsIgnoreCase("csv");
        if (!csv && !format.trim().equalsIgnoreCase("ndjson")) {
            throw ProblemException.badRequest("format", "Parameter 'format' must be csv or ndjson");
        }
        ClaimFilter filter = filters.filter();
        // bytes straight to the response: encoding each line at once is cheaper than a Writer's char-by-char encoder
        StreamingOutput body = out -> {
            OutputStream o = new BufferedOutputStream(out, 1 << 16);
            if (csv) {
                o.write((CSV_HEADER + "\r\n").getBytes(StandardCharsets.UTF_8));
                export.forEach(filter, (claim, url) -> o.write(csvLine(claim, url).getBytes(StandardCharsets.UTF_8)));
            } else {
                // one generator for the whole answer: no per-row writer, buffer or flush
                JsonGenerator g = json.getFactory().createGenerator(o, JsonEncoding.UTF8)
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.setRootValueSeparator(null);
                ObjectWriter rows = json.writerFor(Claim.class).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
                export.forEach(filter, (claim, url) -> {
                    rows.writeValue(g, claim);
                    g.writeRaw('\n');
                });
                g.flush();
            }
            o.flush();
        };
        return Response.ok(body, csv ? "text/csv; charset=UTF-8" : NDJSON)
                .header("Content-Disposition", "attachment; filename=\"claims." + (csv ? "csv" : "ndjson") + "\"").build();
    }

    static String csvLine(Claim c, String url) {
        long low = c.quantity().low();
        long high = c.quantity().high();
        List<Object> fields = new ArrayList<>(17);
        fields.add(c.claimId());
        fields.add(c.articleId());
        fields.add(c.measure().wire());
        fields.add(c.subject() == null ? null : c.subject().name());
        fields.add(low);
        fields.add(best(low, high));
        fields.add(high);
        fields.add(c.quantity().qualifier().wire());
        fields.add(c.source() == null ? null : c.source().name());
        fields.add(c.source() == null ? null : c.source().person());
        fields.add(c.location() == null ? null : c.location().name());
        fields.add(c.statedOn());
        fields.add(c.publishedOn());
        fields.add(c.outlet());
        fields.add(url);
        fields.add(c.hedged());
        fields.add(c.evidence().text());
        StringBuilder line = new StringBuilder(512);
        for (Object f : fields) {
            if (line.length() > 0) {
                line.append(',');
            }
            quoted(line, f == null ? "" : Objects.toString(f));
        }
        return line.append("\r\n").toString();
    }

    /** The figure when exact, else the midpoint (".5" when low + high is odd). */
    static String best(long low, long high) {
        long sum = low + high;
        return sum % 2 == 0 ? Long.toString(sum / 2) : sum / 2 + ".5";
    }

    /** RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled (in one pass). */
    static void quoted(StringBuilder line, String field) {
        int i = 0;
        while (i < field.length() && ",\"\n\r".indexOf(field.charAt(i)) < 0) {
            i++;
        }
        if (i == field.length()) {
            line.append(field);
            return;
        }
        line.append('"').append(field, 0, i);
        for (; i < field.length(); i++) {
            char ch = field.charAt(i);
            line.append(ch);
            if (ch == '"') {
                line.append('"');
            }
        }
        line.append('"');
    }
}
