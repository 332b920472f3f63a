package org.claims.query.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.claims.model.Claim;

/**
 * A whole batch of claims in one statement: one array per column, zipped by unnest. Rows keep the batch's order,
 * so their stream positions (seq) follow the topic's order. The article's publication day and outlet, when the
 * articles topic already brought them, win over the event's copies.
 */
final class ClaimRows {
    private static final String INSERT = """
            insert into claim (claim_id, article_id, extractor, language, measure, subject_name, subject_text,
                low, high, qualifier, quantity_text, location_name, location_text, source_name, source_text,
                source_person, source_via, stated_on, hedged, evidence_text, evidence_start, evidence_end,
                published_on, outlet, location_country)
            select x.claim_id, x.article_id, x.extractor, x.language, x.measure, x.subject_name, x.subject_text,
                x.low, x.high, x.qualifier, x.quantity_text, x.location_name, x.location_text, x.source_name,
                x.source_text, x.source_person, x.source_via, x.stated_on, x.hedged, x.evidence_text,
                x.evidence_start, x.evidence_end, coalesce(a.published_on, x.published_on), coalesce(a.outlet, x.outlet),
                x.location_country
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                ?::text[]::bigint[], ?::text[]::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                ?::text[], ?::text[], ?::text[], ?::text[]::date[], ?::text[]::boolean[], ?::text[], ?::text[]::int[],
                ?::text[]::int[], ?::text[]::date[], ?::text[], ?::text[]) with ordinality
                as x(claim_id, article_id, extractor, language, measure, subject_name, subject_text, low, high,
                    qualifier, quantity_text, location_name, location_text, source_name, source_text, source_person,
                    source_via, stated_on, hedged, evidence_text, evidence_start, evidence_end, published_on, outlet,
                    location_country, n)
            left join article a on a.id = x.article_id
            order by x.n
            on conflict (claim_id) do nothing
            returning fact_key, measure, source_name, claim_id""";
    private static final List<Function<Claim, Object>> COLUMNS = List.of(
            Claim::claimId, Claim::articleId, Claim::extractor, Claim::language, c -> c.measure().wire(),
            c -> c.subject() == null ? null : c.subject().name(), c -> c.subject() == null ? null : c.subject().text(),
            c -> c.quantity().low(), c -> c.quantity().high(), c -> c.quantity().qualifier().wire(),
            c -> c.quantity().text(),
            c -> c.location() == null ? null : c.location().name(), c -> c.location() == null ? null : c.location().text(),
            c -> c.source() == null ? null : c.source().name(), c -> c.source() == null ? null : c.source().text(),
            c -> c.source() == null ? null : c.source().person(), c -> c.source() == null ? null : c.source().via(),
            Claim::statedOn, Claim::hedged, c -> c.evidence().text(), c -> c.evidence().start(), c -> c.evidence().end(),
            Claim::publishedOn, Claim::outlet, c -> c.location() == null ? null : c.location().country());

    private ClaimRows() {
    }

    /** Returns the fact key, measure, source and id of each row that was new. */
    static List<String[]> insert(Connection conn, List<Claim> claims) throws SQLException {
        return Columns.query(conn, INSERT, claims, COLUMNS);
    }
}
