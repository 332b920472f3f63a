package org.claims.query.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.claims.model.Claim;
import org.claims.query.domain.ClaimFilter;
import org.claims.query.domain.Disagreement;
import org.claims.query.domain.TimelinePoint;
import org.claims.query.persistence.ClaimSearch;
import org.claims.query.persistence.DisagreementQuery;
import org.claims.query.rest.DashboardResource.Disagreements;

/**
 * The two large dashboard answers (thousands of claims or points at 1M claims) written as JSON while their rows are
 * read, byte for byte what serialising the whole answer gives: nothing but the bytes is held, where the whole answer
 * held on the 64 MB heap was promoted to the old generation and cost a full collection every few requests.
 */
@ApplicationScoped
public class JsonAnswers {
    private static final String EMPTY_LIST_END = "[]}";
    private final ObjectMapper json;
    private final ClaimSearch search;
    private final DisagreementQuery disagreements;

    public JsonAnswers(ObjectMapper json, ClaimSearch search, DisagreementQuery disagreements) {
        this.json = json;
        this.search = search;
        this.disagreements = disagreements;
    }

    /** A Timeline's JSON, each point written as it is read. */
    public byte[] timeline(ClaimFilter filter, int max) {
        ObjectWriter point = json.writerFor(TimelinePoint.class);
        try (ByteArrayBuilder out = new ByteArrayBuilder(1 << 16); JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeFieldName("points");
            g.writeStartArray();
            search.timeline(filter, max, p -> point.writeValue(g, p));
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A Disagreements answer: each object is serialised with an empty list last (its claims, or the disagreements),
     * and the list's items are written inside it as they are read, all through one generator into one segmented
     * buffer: an answer is 1-2 MB at 1M claims, and a byte array per claim or a doubling buffer was most of the
     * garbage that filled the young generation and promoted answers in progress (full collections at p99).
     */
    public byte[] disagreements(ClaimFilter filter, int window, int max) {
        ObjectWriter claim = json.writerFor(Claim.class);
        try (ByteArrayBuilder out = new ByteArrayBuilder(1 << 16); JsonGenerator g = json.createGenerator(out)) {
            // claims are written as root values with the structure between them raw: nothing between root values
            g.setRootValueSeparator(null);
            g.writeRaw(openList(new Disagreements(window, List.of())));
            boolean[] first = {true, true};
            disagreements.disagreements(filter, window, max, new DisagreementQuery.Sink() {
                @Override
                public void disagreement(Disagreement header) throws IOException {
                    if (!first[0]) {
                        g.writeRaw("]},");
                    }
                    first[0] = false;
                    first[1] = true;
                    g.writeRaw(openList(header));
                }

                @Override
                public void claim(Claim c) throws IOException {
                    if (!first[1]) {
                        g.writeRaw(',');
                    }
                    first[1] = false;
                    claim.writeValue(g, c);
                }
            });
            g.writeRaw(first[0] ? "]}" : "]}]}");
            g.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The object's JSON up to the opening of its last, empty list (so its items can follow). */
    private String openList(Object withEmptyListLast) throws IOException {
        String whole = json.writeValueAsString(withEmptyListLast);
        if (!whole.endsWith(EMPTY_LIST_END)) {
            throw new IllegalStateException("the list is not the last member of " + whole);
        }
        return whole.substring(0, whole.length() - 2);
    }
}
