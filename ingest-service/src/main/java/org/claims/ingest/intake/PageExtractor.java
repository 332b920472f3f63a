package org.claims.ingest.intake;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A web page to its main text and metadata. Thread-safe: the word lists are read once. */
@ApplicationScoped
public class PageExtractor {
    /** What a page yields: the article text (paragraphs separated by newlines) and the page's metadata. */
    public record Page(String body, PageMetadata metadata) {
    }

    private final Markup markup = Markup.load();
    private final MainText mainText = new MainText(markup);
    private final Furniture french = Furniture.of("fr");
    private final Furniture english = Furniture.of("en");
    private final Furniture any = Furniture.of("fr", "en");

    /** charset: as the server declared it, or null to take the page's own declaration (UTF-8 when none). */
    public Page extract(byte[] html, String charset, String baseUrl) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(html), charset, baseUrl == null ? "" : baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PageMetadata metadata = PageMetadata.of(doc);
        Furniture furniture = "fr".equals(metadata.language()) ? french : "en".equals(metadata.language()) ? english : any;
        return new Page(mainText.read(doc, furniture), metadata);
    }
}
