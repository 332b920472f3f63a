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

    static Claim toClaim(ResultSet rs) throws SQLException {
        ClaimEntity e = new ClaimEntity();
        e.claimId = rs.getString("claim_id");
        e.articleId = rs.getString("article_id");
        e.extractor = rs.getString("extractor");
        e.language = rs.getString("language");
        e.measure = rs.getString("measure");
        e.subjectName = rs.getString("subject_name");
        e.subjectText = rs.getString("subject_text");
        e.low = rs.getLong("low");
        e.high = rs.getLong("high");
        e.qualifier = rs.getString("qualifier");
        e.quantityText = rs.getString("quantity_text");
        e.locationName = rs.getString("location_name");
        e.locationText = rs.getString("location_text");
        e.sourceName = rs.getString("source_name");
        e.sourceText = rs.getString("source_text");
        e.sourcePerson = rs.getString("source_person");
        e.sourceVia = rs.getString("source_via");
        e.statedOn = rs.getObject("stated_on", LocalDate.class);
        e.hedged = rs.getBoolean("hedged");
        e.evidenceText = rs.getString("evidence_text");
        e.evidenceStart = rs.getInt("evidence_start");
        e.evidenceEnd = rs.getInt("evidence_end");
        e.publishedOn = rs.getObject("published_on", LocalDate.class);
        e.outlet = rs.getString("outlet");
        return toClaim(e);
    }
}
