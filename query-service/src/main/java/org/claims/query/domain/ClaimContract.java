package org.claims.query.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claims.model.Claim;

/**
 * The Claim contract as the read model needs it: required fields, the closed sets, coherent figures and offsets,
 * and lengths within the columns of the schema (V1: ids and extractor varchar(64)). A claim breaking it can never
 * be stored, so it is rejected before the write instead of failing the write forever.
 */
public final class ClaimContract {
    static final int ID_COLUMN = 64;

    private ClaimContract() {
    }

    /** Every way the claim breaks the contract, joined, or empty when it can be stored. */
    public static Optional<String> violations(Claim c) {
        List<String> problems = new ArrayList<>();
        required(problems, "claimId", c.claimId());
        required(problems, "articleId", c.articleId());
        required(problems, "extractor", c.extractor());
        if (!"fr".equals(c.language()) && !"en".equals(c.language())) {
            problems.add("language must be 'fr' or 'en', got " + quoted(c.language()));
        }
        if (c.measure() == null) {
            problems.add("measure is required");
        }
        if (c.quantity() == null) {
            problems.add("quantity is required");
        } else {
            if (c.quantity().qualifier() == null) {
                problems.add("quantity.qualifier is required");
            }
            if (c.quantity().low() > c.quantity().high()) {
                problems.add("quantity.low is greater than quantity.high");
            }
        }
        if (c.evidence() == null || c.evidence().text() == null) {
            problems.add("evidence.text is required");
        }
        if (c.evidence() != null && (c.evidence().start() < 0 || c.evidence().start() > c.evidence().end())) {
            problems.add("evidence offsets must satisfy 0 <= start <= end");
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    private static void required(List<String> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field + " is required");
        } else if (value.length() > ID_COLUMN) {
            problems.add(field + " is longer than " + ID_COLUMN + " characters");
        }
    }

    private static String quoted(String value) {
        if (value == null) {
            return "nothing";
        }
        return "'" + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "'";
    }
}
