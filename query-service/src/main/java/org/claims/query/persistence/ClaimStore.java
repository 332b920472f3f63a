package org.claims.query.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claims.model.Article;
import org.claims.model.Claim;
import org.hibernate.query.NativeQuery;

/**
 * Idempotent writes. Claims upsert on their deterministic id (a replay inserts nothing and keeps the row's
 * stream position); a claim from a newer extractor first removes the article's claims of older extractors,
 * and a claim from an older one than already stored is a stale replay and is dropped.
 */
@ApplicationScoped
public class ClaimStore {
    private static final String INSERT_CLAIM = """
            insert into claim (claim_id, article_id, extractor, language, measure, subject_name, subject_text,
                low, high, qualifier, quantity_text, location_name, location_text, source_name, source_text,
                source_person, stated_on, hedged, evidence_text, evidence_start, evidence_end)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)
            on conflict (claim_id) do nothing""";
    private static final String UPSERT_ARTICLE = """
            insert into article (id, url, outlet, title, body, language, published_at, published_on, ingested_at)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            on conflict (id) do update set url = excluded.url, outlet = excluded.outlet, title = excluded.title,
                language = coalesce(excluded.language, article.language), published_at = excluded.published_at,
                published_on = excluded.published_on""";

    private final EntityManager em;

    public ClaimStore(EntityManager em) {
        this.em = em;
    }

    /** Must run inside a transaction; returns how many claims were new. */
    public int storeClaims(List<Claim> claims) {
        Map<String, String> newestByArticle = new HashMap<>();
        int inserted = 0;
        for (Claim c : claims) {
            String newest = newestByArticle.computeIfAbsent(c.articleId(), this::newestExtractor);
            int cmp = newest == null ? 1 : ExtractorVersions.compare(c.extractor(), newest);
            if (cmp < 0) {
                continue;
            }
            if (cmp > 0) {
                em.createNativeQuery("delete from claim where article_id = ?1 and extractor <> ?2")
                        .setParameter(1, c.articleId()).setParameter(2, c.extractor()).executeUpdate();
                newestByArticle.put(c.articleId(), c.extractor());
            }
            inserted += insert(c);
        }
        return inserted;
    }

    private String newestExtractor(String articleId) {
        @SuppressWarnings("unchecked")
        List<String> versions = em.createNativeQuery("select distinct extractor from claim where article_id = ?1")
                .setParameter(1, articleId).getResultList();
        return versions.stream().max(ExtractorVersions::compare).orElse(null);
    }

    private int insert(Claim c) {
        NativeQuery<?> q = em.createNativeQuery(INSERT_CLAIM).unwrap(NativeQuery.class);
        q.setParameter(1, c.claimId()).setParameter(2, c.articleId()).setParameter(3, c.extractor())
                .setParameter(4, c.language()).setParameter(5, c.measure().wire())
                .setParameter(6, c.subject() == null ? null : c.subject().name())
                .setParameter(7, c.subject() == null ? null : c.subject().text())
                .setParameter(8, c.quantity().low()).setParameter(9, c.quantity().high())
                .setParameter(10, c.quantity().qualifier().wire()).setParameter(11, c.quantity().text())
                .setParameter(12, c.location() == null ? null : c.location().name())
                .setParameter(13, c.location() == null ? null : c.location().text())
                .setParameter(14, c.source() == null ? null : c.source().name())
                .setParameter(15, c.source() == null ? null : c.source().text())
                .setParameter(16, c.source() == null ? null : c.source().person())
                .setParameter(17, c.statedOn(), LocalDate.class).setParameter(18, c.hedged())
                .setParameter(19, c.evidence().text()).setParameter(20, c.evidence().start())
                .setParameter(21, c.evidence().end());
        return q.executeUpdate();
    }

    /** Must run inside a transaction. */
    public void storeArticle(Article a) {
        em.createNativeQuery(UPSERT_ARTICLE).unwrap(NativeQuery.class)
                .setParameter(1, a.id()).setParameter(2, a.url()).setParameter(3, a.outlet())
                .setParameter(4, a.title()).setParameter(5, a.body()).setParameter(6, a.language())
                .setParameter(7, a.publishedAt()).setParameter(8, a.publishedDate(), LocalDate.class).setParameter(9, a.ingestedAt())
                .executeUpdate();
    }
}
