package org.claims.query.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.claims.model.Article;
import org.claims.model.Claim;
import org.jboss.logging.Logger;

/**
 * Reads topic values. Unreadable records are logged and skipped here: extract-service already routes poison
 * articles to the DLQ, and a record no retry can fix must not block the partition.
 */
@ApplicationScoped
public class EventReader {
    private static final Logger LOG = Logger.getLogger(EventReader.class);
    private final ObjectMapper json;

    public EventReader(ObjectMapper json) {
        this.json = json;
    }

    public List<Claim> claims(List<String> values) {
        List<Claim> out = new ArrayList<>(values.size());
        for (String v : values) {
            Claim c = read(v, Claim.class);
            if (c != null && c.claimId() != null && c.articleId() != null && c.measure() != null
                    && c.quantity() != null && c.evidence() != null) {
                out.add(c);
            } else if (c != null) {
                LOG.warn("Skipping a claim record missing required fields");
            }
        }
        return out;
    }

    public List<Article> articles(List<String> values) {
        List<Article> out = new ArrayList<>(values.size());
        for (String v : values) {
            Article a = read(v, Article.class);
            if (a != null && a.id() != null && a.body() != null) {
                out.add(a);
            }
        }
        return out;
    }

    private <T> T read(String value, Class<T> type) {
        if (value == null) {
            return null;
        }
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            LOG.warnf("Skipping an unreadable %s record: %s", type.getSimpleName(), e.getOriginalMessage());
            return null;
        }
    }
}
