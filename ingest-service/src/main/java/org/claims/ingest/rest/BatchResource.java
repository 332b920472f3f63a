package org.claims.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.claims.common.ArticleRequests;
import org.claims.common.JsonProblems;
import org.claims.common.ProblemException;
import org.claims.ingest.config.IngestConfig;
import org.claims.ingest.domain.IngestResult;
import org.claims.ingest.domain.IngestService;
import org.claims.model.Article;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/articles/batch")
public class BatchResource {
    private final IngestService ingest;
    private final IngestConfig config;
    private final ArticleRequests requests;

    public BatchResource(IngestService ingest, IngestConfig config, ArticleRequests requests) {
        this.ingest = ingest;
        this.config = config;
        this.requests = requests;
    }

    /** Per-line outcome plus totals; a bad line is reported with its number and never stops the good ones. */
    public record BatchAnswer(int accepted, int duplicates, int rejected, int unavailable, List<IngestResult> results) {
    }

    @POST
    @Consumes({"application/x-ndjson", "application/jsonl"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest NDJSON, one Article per line; answers one result per line")
    public BatchAnswer post(InputStream body) {
        byte[] bytes = BoundedBody.read(body, config.maxBatchBytes());
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw ProblemException.badRequest("body", "Request body is empty: send one Article JSON per line");
        }
        List<IngestResult> results = new ArrayList<>();
        List<Article> good = new ArrayList<>();
        List<Integer> goodLines = new ArrayList<>();
        List<byte[]> lines = lines(bytes);
        for (int i = 0; i < lines.size(); i++) {
            if (new String(lines.get(i), StandardCharsets.UTF_8).isBlank()) {
                continue;
            }
            try {
                good.add(ingest.validate(requests.read(lines.get(i))));
                goodLines.add(i + 1);
                results.add(null);
            } catch (JsonProcessingException e) {
                results.add(IngestResult.rejected(i + 1, JsonProblems.of(e)));
            } catch (ConstraintViolationException e) {
                results.add(IngestResult.rejected(i + 1, JsonProblems.of(e)));
            } catch (ProblemException e) {
                results.add(IngestResult.rejected(i + 1, e.problem()));
            } catch (IOException e) {
                throw ProblemException.badRequest("body", "Request body could not be read");
            }
        }
        List<IngestResult> published = ingest.ingestAll(good);
        for (int r = 0, g = 0; r < results.size(); r++) {
            if (results.get(r) == null) {
                results.set(r, published.get(g).atLine(goodLines.get(g)));
                g++;
            }
        }
        return new BatchAnswer(count(results, "accepted"), count(results, "duplicate"), count(results, "rejected"),
                count(results, IngestResult.UNAVAILABLE), results);
    }

    /** Lines as bytes (a newline byte never occurs inside a UTF-8 sequence), each decoded strictly by Jackson. */
    private static List<byte[]> lines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                lines.add(java.util.Arrays.copyOfRange(bytes, start, end));
                start = i + 1;
            }
        }
        return lines;
    }

    private static int count(List<IngestResult> results, String status) {
        return (int) results.stream().filter(r -> status.equals(r.status())).count();
    }
}
