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
                subject(e.subjectName, e.subjectText),
                new Claim.Quantity(e.low, e.high, Qualifier.fromWire(e.qualifier), e.quantityText),
                location(e.locationName, e.locationText, e.locationCountry),
                source(e.sourceName, e.sourceText, e.sourcePerson, e.sourceVia),
                e.statedOn, e.hedged, new Claim.Evidence(e.evidenceText, e.evidenceStart, e.evidenceEnd), e.publishedOn,
                e.outlet);
    }

    /**
     * A row of {@link ClaimExport#COLUMNS}, read by position and straight into the Claim: at a million rows, looking
     * each column up by name and filling an entity first were about a sixth of the export's CPU.
     */
    static Claim toClaim(ResultSet rs) throws SQLException {
        return new Claim(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Measure.fromWire(rs.getString(5)),
                subject(rs.getString(6), rs.getString(7)),
                new Claim.Quantity(rs.getLong(8), rs.getLong(9), Qualifier.fromWire(rs.getString(10)), rs.getString(11)),
                location(rs.getString(12), rs.getString(13), rs.getString(25)),
                source(rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17)),
                rs.getObject(18, LocalDate.class), rs.getBoolean(19),
                new Claim.Evidence(rs.getString(20), rs.getInt(21), rs.getInt(22)), rs.getObject(23, LocalDate.class),
                rs.getString(24));
    }

    /** A stored claim without any subject, location or source words has none (null), never an empty object. */
    private static Claim.Subject subject(String name, String text) {
        return name == null && text == null ? null : new Claim.Subject(name, text);
    }

    private static Claim.Location location(String name, String text, String country) {
        return name == null && text == null ? null : new Claim.Location(name, text, country);
    }

    private static Claim.Source source(String name, String text, String person, String via) {
        return name == null && text == null ? null : new Claim.Source(name, text, person, via);
    }
}
