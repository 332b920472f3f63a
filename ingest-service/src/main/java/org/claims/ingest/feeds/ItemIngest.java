package org.claims.ingest.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import org.claims.common.ArticleRequest;
import org.claims.common.ProblemException;
import org.claims.ingest.domain.IngestResult;
import org.claims.ingest.domain.IngestService;
import org.claims.ingest.domain.PageIngest;

/** One feed item's page fetched and ingested like POST /api/articles/url; the feed fills what the page lacks. */
@ApplicationScoped
public class ItemIngest {
    /** How an item went: accepted (a new article), done (nothing more to do), or to retry at the next poll. */
    enum Outcome { ACCEPTED, DONE, RETRY }

    record Result(Outcome outcome, String error) {
    }

    private final PageIngest pages;
    private final IngestService ingest;

    public ItemIngest(PageIngest pages, IngestService ingest) {
        this.pages = pages;
        this.ingest = ingest;
    }

    Result ingest(FeedReader.Item item, String feedTitle) {
        try {
            ArticleRequest page = pages.fetchRequest(item.link());
            ArticleRequest request = new ArticleRequest(page.url(), or(page.outlet(), feedTitle), or(page.title(), item.title()),
                    page.body(), page.language(), or(page.publishedAt(), item.publishedAt()));
            IngestResult result = ingest.ingest(request);
            return new Result("accepted".equals(result.status()) ? Outcome.ACCEPTED : Outcome.DONE, null);
        } catch (ProblemException e) {
            // Kafka away, the page slow or its server failing: worth another try; a 404 or a non-article is not
            int status = e.problem().status();
            boolean transientFailure = status == 503 || status == 504 || status == 502 && e.problem().detail().contains("HTTP 5");
            return new Result(transientFailure ? Outcome.RETRY : Outcome.DONE, e.problem().detail());
        }
    }

    private static String or(String value, String fallback) {
        return value != null && !value.isBlank() ? value : fallback;
    }
}
