package org.claims.ingest.domain;

import jakarta.enterprise.context.ApplicationScoped;
import org.claims.common.ArticleRequest;
import org.claims.common.ProblemException;
import org.claims.ingest.fetch.Fetched;
import org.claims.ingest.fetch.PageFetcher;
import org.claims.ingest.intake.PageExtractor;
import org.claims.ingest.intake.PageMetadata;

/** Web pages into articles: the page's main text becomes the body, its metadata fills what the caller left out. */
@ApplicationScoped
public class PageIngest {
    private static final ArticleRequest NONE = new ArticleRequest(null, null, null, null, null, null);
    private final PageExtractor extractor;
    private final PageFetcher fetcher;
    private final IngestService ingest;

    public PageIngest(PageExtractor extractor, PageFetcher fetcher, IngestService ingest) {
        this.extractor = extractor;
        this.fetcher = fetcher;
        this.ingest = ingest;
    }

    /** A page the client sent; {@code given} holds the metadata of the request (its body is ignored). */
    public IngestResult ingestHtml(byte[] html, String charset, ArticleRequest given) {
        return ingest.ingest(toRequest(html, charset, given.url(), given, given.url()));
    }

    /** Fetches the page (address policy, size, type and time limits) and ingests it like a posted page. */
    public IngestResult ingestUrl(String url) {
        return ingest.ingest(fetchRequest(url));
    }

    /** The article request the page at the URL makes, fetched now; the page's own canonical URL wins. */
    public ArticleRequest fetchRequest(String url) {
        Fetched page = fetcher.fetch(url, PageFetcher.PAGE_TYPES, PageFetcher.Validators.NONE);
        return toRequest(page.body(), page.charset(), page.url().toString(), NONE, null);
    }

    private ArticleRequest toRequest(byte[] html, String charset, String base, ArticleRequest given, String givenUrl) {
        PageExtractor.Page page = extractor.extract(html, charset, base);
        if (page.body().isBlank()) {
            throw ProblemException.badRequest("body", "The page " + (base == null ? "" : base + " ")
                    + "has no article text once navigation and other page furniture are removed");
        }
        PageMetadata m = page.metadata();
        return new ArticleRequest(first(givenUrl, m.url(), base), first(given.outlet(), m.outlet()),
                first(given.title(), m.title()), page.body(), first(given.language(), m.language()),
                first(given.publishedAt(), m.publishedAt()));
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
