package org.claims.query.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.claims.model.Claim;

/**
 * A whole batch of claims in one statement: one array per column, zipped by unnest. Rows keep the batch's order,
 * so their stream positions (seq) follow the topic's order.
 */
final class ClaimRows {
    private static final String INSERT = """
            insert into claim (claim_id, article_id, extractor, language, measure, subject_name, subject_text,
                low, high, qualifier, quantity_text, location_name, location_text, source_name, source_text,
                source_person, stated_on, hedged, evidence_text, evidence_start, evidence_end)
            select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                ?::text[]::bigint[], ?::text[]::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                ?::text[], ?::text[], ?::text[]::date[], ?::text[]::boolean[], ?::text[], ?::text[]::int[],
                ?::text[]::int[])
            on conflict (claim_id) do nothing""";
    private static final List<Function<Claim, Object>> COLUMNS = List.of(
            Claim::claimId, Claim::articleId, Claim::extractor, Claim::language, c -> c.measure().wire(),
            c -> c.subject() == null ? null : c.subject().name(), c -> c.subject() == null ? null : c.subject().text(),
            c -> c.quantity().low(), c -> c.quantity().high(), c -> c.quantity().qualifier().wire(),
            c -> c.quantity().text(),
            c -> c.location() == null ? null : c.location().name(), c -> c.location() == null ? null : c.location().text(),
            c -> c.source() == null ? null : c.source().name(), c -> c.source() == null ? null : c.source().text(),
            c -> c.source() == null ? null : c.source().person(), Claim::statedOn, Claim::hedged,
            c -> c.evidence().text(), c -> c.evidence().start(), c -> c.evidence().end());

    private ClaimRows() {
    }

    /** Returns how many rows were new. */
    static int insert(Connection conn, List<Claim> claims) throws SQLException {
        return Columns.execute(conn, INSERT, claims, COLUMNS);
    }
}
