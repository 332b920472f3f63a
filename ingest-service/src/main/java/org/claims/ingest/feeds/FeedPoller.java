package org.claims.ingest.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.claims.common.ProblemException;
import org.claims.ingest.config.FeedsConfig;
import org.claims.ingest.fetch.Fetched;
import org.claims.ingest.fetch.PageFetcher;
import org.claims.ingest.messaging.FeedLog;
import org.claims.ingest.messaging.FeedOwnership;
import org.claims.ingest.messaging.FeedView;
import org.jboss.logging.Logger;

/**
 * Polls the feeds this instance owns: a conditional GET of the feed, then each item not seen before (in this
 * feed or any other) fetched, extracted and ingested; the new state is written to the feeds topic after each
 * feed. An item is marked seen once ingested (or refused for good), so a restart never ingests it again.
 */
@ApplicationScoped
public class FeedPoller {
    private static final Logger LOG = Logger.getLogger(FeedPoller.class);
    private final FeedView view;
    private final FeedLog log;
    private final FeedOwnership ownership;
    private final PageFetcher fetcher;
    private final ItemIngest items;
    private final FeedsConfig config;
    private final HostPoliteness politeness;
    private final Clock clock = Clock.systemUTC();

    public FeedPoller(FeedView view, FeedLog log, FeedOwnership ownership, PageFetcher fetcher, ItemIngest items,
                      FeedsConfig config) {
        this.view = view;
        this.log = log;
        this.ownership = ownership;
        this.fetcher = fetcher;
        this.items = items;
        this.config = config;
        this.politeness = new HostPoliteness(config.hostDelay());
    }

    /** Polls the owned feeds whose next poll is due; what the scheduler runs every tick. */
    public int pollDue() {
        Instant now = clock.instant();
        return pollOwned(s -> s.nextPollAt() == null || !Instant.parse(s.nextPollAt()).isAfter(now));
    }

    /** Polls every owned feed now, whatever its schedule; returns how many were polled. */
    public int pollAllOwned() {
        return pollOwned(s -> true);
    }

    private int pollOwned(Predicate<FeedState> due) {
        int polled = 0;
        for (FeedView.Entry candidate : view.all()) {
            ownership.pollLock().lock();
            try {
                FeedView.Entry entry = view.get(candidate.state().id());   // the latest, re-read under the lock
                if (entry != null && ownership.owns(entry.partition()) && due.test(entry.state())) {
                    log.put(poll(entry.state()));
                    polled++;
                }
            } catch (ProblemException e) {
                LOG.warnf("Feed %s: state not written (%s); it is polled again next time", candidate.state().url(), e.getMessage());
            } finally {
                ownership.pollLock().unlock();
            }
        }
        return polled;
    }

    FeedState poll(FeedState state) {
        PollOutcome outcome = new PollOutcome(state, clock.instant(), config);
        try {
            politeness.awaitTurn(state.url());
            Fetched fetched = fetcher.fetch(state.url(), PageFetcher.FEED_TYPES,
                    new PageFetcher.Validators(state.etag(), state.lastModified()));
            if (fetched.notModified()) {
                return outcome.notModified();
            }
            FeedReader.Document feed = FeedReader.read(state.url(), fetched.body());
            Set<String> seenAnywhere = seenInAnyFeed();
            for (FeedReader.Item item : feed.items()) {
                if (!seenAnywhere.add(item.key())) {
                    continue;
                }
                politeness.awaitTurn(item.link());
                outcome.item(item.key(), items.ingest(item, feed.title()));
            }
            return outcome.fetched(fetched.etag(), fetched.lastModified());
        } catch (ProblemException e) {
            LOG.infof("Feed %s: %s", state.url(), e.problem().detail());
            return outcome.failed(e.problem().detail());
        } catch (RuntimeException e) {
            // one odd feed must not stop the others: it is backed off like any failing feed
            LOG.warnf(e, "Feed %s could not be polled", state.url());
            return outcome.failed("Polling failed: " + e);
        }
    }

    private Set<String> seenInAnyFeed() {
        Set<String> seen = new HashSet<>();
        for (FeedView.Entry e : view.all()) {
            seen.addAll(e.state().seenOrEmpty());
        }
        return seen;
    }
}
