package org.claims.query.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claims.model.Claim;
import org.claims.query.domain.Summary;

/** The summary from the writers' counters (V5) and the newest claims by stream position. */
@ApplicationScoped
public class SummaryQuery {
    private static final String COUNTS = """
            select kind, name, n from claim_tally where kind <> 'source' and n > 0
            union all select 'sources', '', count(*) from claim_tally where kind = 'source' and n > 0
            order by 3 desc, 2""";
    /** Claims of one measure ('' for all): a count the writers keep, so unfiltered totals cost no scan. */
    static final String CLAIMS = "select coalesce(sum(n), 0) from claim_tally where kind = 'measure' and (?1 = '' or name = ?1)";
    private static final int LATEST = 10;
    private final EntityManager em;

    public SummaryQuery(EntityManager em) {
        this.em = em;
    }

    public Summary summary() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COUNTS).getResultList();
        Map<String, Long> byMeasure = new LinkedHashMap<>();
        long articles = 0;
        long sources = 0;
        for (Object[] r : rows) {
            long n = Rows.number(r[2]);
            switch (r[0].toString()) {
                case "measure" -> byMeasure.put(r[1].toString(), n);
                case "articles" -> articles = n;
                default -> sources = n;
            }
        }
        List<Claim> latest = ClaimEntity.<ClaimEntity>find("order by seq desc").page(0, LATEST).list()
                .stream().map(ClaimMapper::toClaim).toList();
        return new Summary(articles, byMeasure.values().stream().mapToLong(Long::longValue).sum(), sources, byMeasure,
                latest);
    }

    long claims(String measure) {
        return Rows.number(em.createNativeQuery(CLAIMS).setParameter(1, measure).getSingleResult());
    }
}
