package org.claims.query.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.claims.model.Claim;
import org.claims.model.Measure;
import org.claims.model.Qualifier;

/** The one mapping between the stored row (as an entity or a JDBC row) and the contract's Claim. */
public final class ClaimMapper {
    private ClaimMapper() {
    }

    public static Claim toClaim(ClaimEntity e) {
        return new Claim(e.claimId, e.articleId, e.extractor, e.language, Measure.fromWire(e.measure),
                e.subjectName == null && e.subjectText == null ? null : new Claim.Subject(e.subjectName, e.subjectText),
                new Claim.Quantity(e.low, e.high, Qualifier.fromWire(e.qualifier), e.quantityText),
                e.locationName == null && e.locationText == null ? null : new Claim.Location(e.locationName, e.locationText),
                e.sourceName == null && e.sourceText == null ? null
                        : new Claim.Source(e.sourceName, e.sourceText, e.sourcePerson, e.sourceVia),
                e.statedOn, e.hedged, new Claim.Evidence(e.evidenceText, e.evidenceStart, e.evidenceEnd), e.publishedOn,
                e.outlet);
    }

    /**
     * A row of {@link ClaimExport#COLUMNS}, read by position and straight into the Claim: at a million rows, looking
     * each column up by name and filling an entity first were about a sixth of the export's CPU.
     */
    static Claim toClaim(ResultSet rs) throws SQLException {
        String subjectName = rs.getString(6);
        String subjectText = rs.getString(7);
        String locationName = rs.getString(12);
        String locationText = rs.getString(13);
        String sourceName = rs.getString(14);
        String sourceText = rs.getString(15);
        String sourcePerson = rs.getString(16);
        String sourceVia = rs.getString(17);
        return new Claim(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Measure.fromWire(rs.getString(5)),
                subjectName == null && subjectText == null ? null : new Claim.Subject(subjectName, subjectText),
                new Claim.Quantity(rs.getLong(8), rs.getLong(9), Qualifier.fromWire(rs.getString(10)), rs.getString(11)),
                locationName == null && locationText == null ? null : new Claim.Location(locationName, locationText),
                sourceName == null && sourceText == null ? null
                        : new Claim.Source(sourceName, sourceText, sourcePerson, sourceVia),
                rs.getObject(18, LocalDate.class), rs.getBoolean(19),
                new Claim.Evidence(rs.getString(20), rs.getInt(21), rs.getInt(22)), rs.getObject(23, LocalDate.class),
                rs.getString(24));
    }
}
