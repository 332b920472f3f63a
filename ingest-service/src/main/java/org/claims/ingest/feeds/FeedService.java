package org.claims.ingest.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import org.claims.common.ProblemException;
import org.claims.ingest.config.FeedsConfig;
import org.claims.ingest.fetch.PageFetcher;
import org.claims.ingest.messaging.FeedLog;
import org.claims.ingest.messaging.FeedView;
import org.claims.model.ArticleIds;

/** Subscriptions: add (idempotent, id derived from the URL), list, remove. */
@ApplicationScoped
public class FeedService {
    private final FeedView view;
    private final FeedLog log;
    private final PageFetcher fetcher;
    private final FeedsConfig config;

    public FeedService(FeedView view, FeedLog log, PageFetcher fetcher, FeedsConfig config) {
        this.view = view;
        this.log = log;
        this.fetcher = fetcher;
        this.config = config;
    }

    public static String idOf(String url) {
        return ArticleIds.sha256Hex(url.strip()).substring(0, 16);
    }

    /** Subscribes the feed, or changes its interval; an existing feed keeps its poll state. */
    public FeedState subscribe(String url, Integer intervalSeconds) {
        fetcher.check(url);
        int interval = intervalSeconds == null ? config.defaultIntervalSeconds() : intervalSeconds;
        if (interval < config.minIntervalSeconds()) {
            throw ProblemException.badRequest("intervalSeconds",
                    "Field 'intervalSeconds' must be at least " + config.minIntervalSeconds() + ", got " + interval);
        }
        String id = idOf(url);
        FeedView.Entry existing = view.get(id);
        if (existing != null && existing.state().intervalSeconds() == interval) {
            return existing.state();
        }
        FeedState state = existing == null ? FeedState.subscribed(id, url.strip(), interval) : existing.state().withInterval(interval);
        log.put(state);
        return state;
    }

    public List<FeedState.Summary> list() {
        return view.all().stream().map(e -> e.state().summary())
                .sorted(Comparator.comparing(FeedState.Summary::url)).toList();
    }

    public void unsubscribe(String id) {
        if (view.get(id) == null) {
            throw ProblemException.notFound("Feed", id);
        }
        log.delete(id);
    }
}
