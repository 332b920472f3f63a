package org.claims.query.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.Collectors;
import org.claims.query.domain.ClaimFilter;
import org.claims.query.domain.Paging;

/**
 * A page of claims filtered by one text filter (or q) alone, in time of the answer (V8, V9). The substring (or the
 * full-text query) is matched against the distinct keys kept for that filter; the total is the sum of their kept
 * counts, and the page is the first claims of each matching key along its (key, day, seq) index, merged: no
 * matching claim beyond the page is read.
 */
@ApplicationScoped
public class ClaimNames {
    /** The keys a substring matches: exactly those whose claims the filter matched in V6, and no empty one. */
    static final String MATCH = "n > 0 and key ilike ? escape '\\'";
    /** The kind of key of q: language and evidence sentence (V9), matched as ClaimSearch matches the claims. */
    static final String EVIDENCE = "evidence";
    private static final String EVIDENCE_MATCH = "n > 0 and tsv @@ (case when split_part(key, chr(31), 1) = 'en'"
            + " then plainto_tsquery('english', ?) else plainto_tsquery('french', ?) end)";
    /** Past this many rows per key (a deep page), the filtered scan of ClaimSearch is as good. */
    static final long MAX_WALK = 5_000;
    /** Past this many matching keys (names nearly as many as claims), so is it. */
    static final int MAX_KEYS = 2_000;
    private static final String ORDER = " order by %1$s.day desc nulls last, %1$s.seq desc";

    private final EntityManager em;

    public ClaimNames(EntityManager em) {
        this.em = em;
    }

    /** One of the text filters and its value. */
    record Filter(String column, String value) {
    }

    /** The text or full-text filter when it is the only filter, else null. */
    static Filter only(ClaimFilter f) {
        Filter one = f.source() != null ? new Filter("source", f.source())
                : f.location() != null ? new Filter("location", f.location())
                : f.subject() != null ? new Filter("subject", f.subject())
                : f.q() != null ? new Filter(EVIDENCE, f.q()) : null;
        if (one == null || !one.column().equals(EVIDENCE) && one.value().indexOf('\u001f') >= 0) {
            return null;
        }
        ClaimFilter alone = switch (one.column()) {
            case "source" -> new ClaimFilter(null, one.value(), null, null, null, null, null, null);
            case "location" -> new ClaimFilter(null, null, one.value(), null, null, null, null, null);
            case "subject" -> new ClaimFilter(null, null, null, one.value(), null, null, null, null);
            default -> new ClaimFilter(null, null, null, null, null, null, null, one.value());
        };
        return alone.equals(f) ? one : null;
    }

    /** The page and total, or null when so many keys match that the filtered scan of ClaimSearch is as good. */
    ClaimSearch.Page search(Filter f, Paging paging) {
        @SuppressWarnings("unchecked")
        List<Object[]> keys = em.createNativeQuery(keys(f.column()))
                .setParameter(1, f.column().equals(EVIDENCE) ? f.value() : ClaimSearch.like(f.value()))
                .getResultList();
        if (keys.size() > MAX_KEYS) {
            return null;
        }
        long total = keys.stream().mapToLong(k -> Rows.number(k[1])).sum();
        if (keys.isEmpty()) {
            return new ClaimSearch.Page(List.of(), 0);
        }
        String hashes = keys.stream().map(k -> k[0].toString()).collect(Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<ClaimEntity> items = em.createNativeQuery(page(f.column(), paging), ClaimEntity.class)
                .setParameter(1, hashes).getResultList();
        return new ClaimSearch.Page(items, total);
    }

    /**
     * The keys a substring (?1, a LIKE pattern) or a full-text query (?1, the words of q) matches, with their counts;
     * one more than MAX_KEYS at most.
     */
    static String keys(String column) {
        return "select hash::text, n from claim_name where kind = '" + column + "' and "
                + (column.equals(EVIDENCE) ? EVIDENCE_MATCH : MATCH).replace("?", "?1") + " limit " + (MAX_KEYS + 1);
    }

    /** The claims of the page for these keys (?1, their hashes joined by commas): each key's first claims in page
     * order along its index, merged, then only the page's rows fetched. */
    static String page(String column, Paging paging) {
        return "select c.* from (select t.day, t.seq from unnest(string_to_array(?1, ',')::uuid[]) k(hash)"
                + " cross join lateral (select c.day, c.seq" + ClaimSearch.FROM + "where " + ClaimSearch.hash(column)
                + " = k.hash" + ORDER.formatted("c") + " limit " + (paging.offset() + paging.size()) + ") t"
                + ORDER.formatted("t") + " limit " + paging.size() + " offset " + paging.offset()
                + ") p join claim c on c.seq = p.seq" + ORDER.formatted("p");
    }
}
