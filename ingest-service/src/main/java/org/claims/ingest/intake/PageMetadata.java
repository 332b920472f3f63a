package org.claims.ingest.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import org.claims.model.IsoDates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What a news page says about itself: Open Graph and article meta tags, JSON-LD, html lang, canonical link. */
public record PageMetadata(String title, String outlet, String publishedAt, String language, String url) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static PageMetadata of(Document doc) {
        JsonNode ld = newsArticle(doc);
        // <title> comes last: it usually carries the site's name as a suffix
        String title = first(meta(doc, "og:title"), ld == null ? null : ld.path("headline").asText(null),
                text(doc.selectFirst("h1")), text(doc.selectFirst("head > title")));
        String outlet = first(meta(doc, "og:site_name"), ld == null ? null : ld.path("publisher").path("name").asText(null));
        String published = first(date(meta(doc, "article:published_time")), date(ld == null ? null : ld.path("datePublished").asText(null)),
                date(attr(doc.selectFirst("article time[datetime], time[datetime]"), "datetime")),
                date(meta(doc, "date")));
        String url = first(attr(doc.selectFirst("link[rel=canonical]"), "abs:href"), meta(doc, "og:url"));
        return new PageMetadata(title, outlet, published, language(doc), url != null && url.startsWith("http") ? url : null);
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    private static String language(Document doc) {
        String lang = first(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"), meta(doc, "og:locale"));
        if (lang == null || lang.length() < 2) {
            return null;
        }
        String code = lang.substring(0, 2).toLowerCase(Locale.ROOT);
        return code.equals("fr") || code.equals("en") ? code : null;
    }

    /** The date as the contract reads it (ISO date or date-time), else its day, else null. */
    static String date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (IsoDates.parseDay(v) != null) {
            return v;
        }
        return v.length() >= 10 && IsoDates.parseDay(v.substring(0, 10)) != null ? v.substring(0, 10) : null;
    }

    /** The first JSON-LD node typed as an article (NewsArticle, ReportageNewsArticle, Article, BlogPosting). */
    private static JsonNode newsArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (IOException e) {
                // a broken JSON-LD block is common and harmless: the meta tags still count
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray() || node.has("@graph")) {
            for (JsonNode child : node.isArray() ? node : node.get("@graph")) {
                JsonNode found = findArticle(child);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        String type = node.path("@type").toString();
        return type.contains("Article") || type.contains("BlogPosting") ? node : null;
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
