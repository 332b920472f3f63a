package org.claims.query.persistence;

import org.claims.model.Claim;
import org.claims.model.Measure;
import org.claims.model.Qualifier;

/** The one mapping between the stored row and the contract's Claim. */
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
}
