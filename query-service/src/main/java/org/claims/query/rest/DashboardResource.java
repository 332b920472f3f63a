package org.claims.query.rest;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claims.model.Claim;
import org.claims.query.persistence.ArticleEntity;
import org.claims.query.persistence.ClaimEntity;
import org.claims.query.persistence.ClaimMapper;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {
    private final EntityManager em;

    public DashboardResource(EntityManager em) {
        this.em = em;
    }

    public record Summary(long articles, long claims, long sources, Map<String, Long> byMeasure, List<Claim> latest) {
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Counts of articles, claims and sources, claims per measure, and the latest claims")
    public Summary summary() {
        Map<String, Long> byMeasure = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select measure, count(*) from claim group by measure order by count(*) desc, measure").getResultList();
        for (Object[] r : rows) {
            byMeasure.put((String) r[0], ((Number) r[1]).longValue());
        }
        long sources = ((Number) em.createNativeQuery(
                "select count(distinct source_name) from claim where source_name is not null").getSingleResult()).longValue();
        List<Claim> latest = ClaimEntity.<ClaimEntity>find("order by seq desc").page(0, 10).list()
                .stream().map(ClaimMapper::toClaim).toList();
        return new Summary(ArticleEntity.count(), ClaimEntity.count(), sources, byMeasure, latest);
    }
}
