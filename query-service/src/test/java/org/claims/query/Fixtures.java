package org.claims.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.claims.model.Article;
import org.claims.model.Claim;
import org.claims.model.Measure;
import org.claims.model.Qualifier;
import org.claims.testsupport.TopicProbe;

/** Builds events as extract-service would and sends them through the real broker. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Claim claim(String articleId, String extractor, int start, Measure measure, long low, String source,
                              String location, LocalDate statedOn, String language, String evidence) {
        return new Claim(Claim.idFor(articleId, extractor, start, start + 10, measure, low, low), articleId, extractor,
                language, measure, new Claim.Subject("North Korean soldiers", "soldats nord-coréens"),
                new Claim.Quantity(low, low, Qualifier.EXACT, String.valueOf(low)),
                location == null ? null : new Claim.Location(location, location),
                source == null ? null : new Claim.Source(source, source, null),
                statedOn, false, new Claim.Evidence(evidence, start, start + evidence.length()));
    }

    /** A claim about any subject, with a range figure, for series and disagreement scenarios. */
    public static Claim claim(String articleId, int start, Measure measure, String subject, long low, long high,
                              String source, String location, LocalDate statedOn, String language, String evidence) {
        Qualifier qualifier = low == high ? Qualifier.EXACT : Qualifier.RANGE;
        return new Claim(Claim.idFor(articleId, "rules/1.0.0", start, start + evidence.length(), measure, low, high),
                articleId, "rules/1.0.0", language, measure, new Claim.Subject(subject, subject),
                new Claim.Quantity(low, high, qualifier, low == high ? String.valueOf(low) : low + "-" + high),
                location == null ? null : new Claim.Location(location, location),
                source == null ? null : new Claim.Source(source, source, null),
                statedOn, false, new Claim.Evidence(evidence, start, start + evidence.length()));
    }

    public static Article article(String id, String outlet, String language, String publishedAt, String body) {
        return new Article(id, null, outlet, "Title " + id, body, language, publishedAt, "2026-11-20T21:00:00Z");
    }

    public static Article article(String id, String publishedAt, String body) {
        return new Article(id, null, "Test Outlet", "Title " + id, body, "fr", publishedAt, "2026-11-20T21:00:00Z");
    }

    public static void send(ObjectMapper json, Claim c) {
        TopicProbe.send("claims", c.articleId(), write(json, c));
    }

    public static void send(ObjectMapper json, Article a) {
        TopicProbe.send("articles", a.id(), write(json, a));
    }

    private static String write(ObjectMapper json, Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
