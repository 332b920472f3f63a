package org.claims.query.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
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
    private static final byte[] EMPTY_LIST_END = "[]}".getBytes();
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
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        ObjectWriter point = json.writerFor(TimelinePoint.class);
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeFieldName("points");
            g.writeStartArray();
            search.timeline(filter, max, p -> point.writeValue(g, p));
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A Disagreements answer: each object is serialised with an empty list last (its claims, or the disagreements),
     * and the list's items are written inside it as they are read.
     */
    public byte[] disagreements(ClaimFilter filter, int window, int max) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        ObjectWriter claim = json.writerFor(Claim.class);
        try {
            byte[] envelope = openList(new Disagreements(window, List.of()));
            out.write(envelope);
            boolean[] first = {true, true};
            disagreements.disagreements(filter, window, max, new DisagreementQuery.Sink() {
                @Override
                public void disagreement(Disagreement header) throws IOException {
                    if (!first[0]) {
                        out.write(EMPTY_LIST_END, 1, 2);
                        out.write(',');
                    }
                    first[0] = false;
                    first[1] = true;
                    out.write(openList(header));
                }

                @Override
                public void claim(Claim c) throws IOException {
                    if (!first[1]) {
                        out.write(',');
                    }
                    first[1] = false;
                    out.write(claim.writeValueAsBytes(c));
                }
            });
            if (!first[0]) {
                out.write(EMPTY_LIST_END, 1, 2);
            }
            out.write(EMPTY_LIST_END, 1, 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The object's JSON up to the opening of its last, empty list (so its items can follow). */
    private byte[] openList(Object withEmptyListLast) throws IOException {
        byte[] whole = json.writeValueAsBytes(withEmptyListLast);
        if (whole.length < 3 || !Arrays.equals(whole, whole.length - 3, whole.length, EMPTY_LIST_END, 0, 3)) {
            throw new IllegalStateException("the list is not the last member of " + new String(whole));
        }
        return Arrays.copyOf(whole, whole.length - 2);
    }
}
