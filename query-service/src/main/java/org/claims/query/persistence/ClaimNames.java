package org.claims.query.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.claims.query.domain.ClaimFilter;
import org.claims.query.domain.Paging;

/**
 * A page of claims filtered by one text filter alone, in time of the answer (V8). The substring is matched against
 * the distinct keys kept for that filter; the total is the sum of their kept counts, and the page is the first
 * claims of each matching key along its (key, day, seq) index, merged: no matching claim beyond the page is read.
 */
@ApplicationScoped
public class ClaimNames {
    /** The keys a substring matches: exactly those whose claims the filter matched in V6, and no empty one. */
    static final String MATCH = "n > 0 and key ilike ? escape '\\'";
    /** Past this many rows per key (a deep page), the filtered scan of ClaimSearch is as good. */
    static final long MAX_WALK = 5_000;
    private static final String ORDER = " order by %1$s.day desc nulls last, %1$s.seq desc";

    private final EntityManager em;

    public ClaimNames(EntityManager em) {
        this.em = em;
    }

    /** One of the text filters and its value. */
    record Filter(String column, String value) {
    }

    /** The text filter when it is the only filter, else null. */
    static Filter only(ClaimFilter f) {
        Filter one = f.source() != null ? new Filter("source", f.source())
                : f.location() != null ? new Filter("location", f.location())
                : f.subject() != null ? new Filter("subject", f.subject()) : null;
        if (one == null || one.value().indexOf('\u001f') >= 0) {
            return null;
        }
        ClaimFilter alone = switch (one.column()) {
            case "source" -> new ClaimFilter(null, one.value(), null, null, null, null, null, null);
            case "location" -> new ClaimFilter(null, null, one.value(), null, null, null, null, null);
            default -> new ClaimFilter(null, null, null, one.value(), null, null, null, null);
        };
        return alone.equals(f) ? one : null;
    }

    ClaimSearch.Page search(Filter f, Paging paging) {
        String like = ClaimSearch.like(f.value());
        @SuppressWarnings("unchecked")
        List<ClaimEntity> items = em.createNativeQuery(page(f.column(), paging), ClaimEntity.class).setParameter(1, like)
                .getResultList();
        long total = Rows.number(em.createNativeQuery(total(f.column())).setParameter(1, like).getSingleResult());
        return new ClaimSearch.Page(items, total);
    }

    /** The claims of the page: each matching key's first claims in page order (its index), merged, then fetched. */
    static String page(String column, Paging paging) {
        return "select c.* from (select t.day, t.seq" + keys(column) + " cross join lateral (select c.day, c.seq"
                + ClaimSearch.FROM + "where " + ClaimSearch.hash(column) + " = k.hash" + ORDER.formatted("c") + " limit "
                + (paging.offset() + paging.size()) + ") t" + ORDER.formatted("t") + " limit " + paging.size() + " offset "
                + paging.offset() + ") p join claim c on c.seq = p.seq" + ORDER.formatted("p");
    }

    /** How many claims the filter matches: the kept counts of the matching keys. */
    static String total(String column) {
        return "select coalesce(sum(k.n), 0)" + keys(column);
    }

    private static String keys(String column) {
        return " from (select hash, n from claim_name where kind = '" + column + "' and " + MATCH.replace("?", "?1")
                + ") k";
    }
}
