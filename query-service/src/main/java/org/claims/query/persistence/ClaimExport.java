package org.claims.query.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.claims.model.Claim;
import org.claims.query.domain.ClaimFilter;

/**
 * Every claim matching the filters, in stream order, read through a server-side cursor a slice at a time: memory
 * stays constant whatever the count. Runs on its own connection, since the answer is written after the resource
 * method returned.
 */
@ApplicationScoped
public class ClaimExport {
    private static final int FETCH = 1000;
    /** What a Claim needs (not the stored search vector), in the order {@link ClaimMapper#toClaim(ResultSet)} reads. */
    static final String COLUMNS = "c.claim_id, c.article_id, c.extractor, c.language, c.measure, c.subject_name,"
            + " c.subject_text, c.low, c.high, c.qualifier, c.quantity_text, c.location_name, c.location_text,"
            + " c.source_name, c.source_text, c.source_person, c.source_via, c.stated_on, c.hedged, c.evidence_text,"
            + " c.evidence_start, c.evidence_end, c.published_on, c.outlet, c.location_country";
    /** How many columns {@link #COLUMNS} holds: what a query selects after them is read from the next position. */
    static final int WIDTH = 25;
    private final AgroalDataSource dataSource;

    public ClaimExport(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Receives each claim with its article's URL (null when the article is not stored). */
    public interface Sink {
        void accept(Claim claim, String url) throws IOException;
    }

    public void forEach(ClaimFilter filter, Sink sink) throws IOException {
        ClaimSearch.Where w = ClaimSearch.where(filter);
        String sql = "select " + COLUMNS + ", a.url" + ClaimSearch.FROM + "left join article a on a.id = c.article_id"
                + w.sql.toString().replaceAll("\\?\\d+", "?") + " order by c.seq";
        try (Connection conn = dataSource.getConnection()) {
            // the driver reads with a cursor only inside a transaction
            conn.setAutoCommit(false);
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                ps.setFetchSize(FETCH);
                for (int i = 0; i < w.params.size(); i++) {
                    ps.setObject(i + 1, w.params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(ClaimMapper.toClaim(rs), rs.getString(WIDTH + 1));
                    }
                }
            } finally {
                conn.rollback();
            }
        } catch (SQLException e) {
            throw new IOException("export failed: " + e.getMessage(), e);
        }
    }
}
