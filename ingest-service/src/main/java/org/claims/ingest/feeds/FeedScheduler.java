package org.claims.ingest.feeds;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.claims.ingest.config.FeedsConfig;
import org.claims.ingest.messaging.FeedLog;
import org.claims.ingest.messaging.FeedOwnership;
import org.claims.ingest.messaging.FeedTopic;
import org.claims.ingest.messaging.FeedView;
import org.jboss.logging.Logger;

/** Starts reading the feeds topic, joins the pollers' group and polls due feeds every tick (0: never). */
@ApplicationScoped
public class FeedScheduler {
    private static final Logger LOG = Logger.getLogger(FeedScheduler.class);
    private final FeedView view;
    private final FeedLog log;
    private final FeedOwnership ownership;
    private final FeedPoller poller;
    private final FeedsConfig config;
    private final FeedTopic topic;
    private ScheduledExecutorService ticker;

    public FeedScheduler(FeedView view, FeedLog log, FeedOwnership ownership, FeedPoller poller, FeedsConfig config,
                         FeedTopic topic) {
        this.topic = topic;
        this.view = view;
        this.log = log;
        this.ownership = ownership;
        this.poller = poller;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        topic.ensure();
        startReading();
        ownership.start();
        long tick = config.tick().toMillis();
        if (tick > 0) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "feeds-poller"));
            ticker.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.MILLISECONDS);
        }
    }

    /** Leaves the pollers' group, re-reads the feeds topic from the start and joins again, as a restarted instance does. */
    public void restart() {
        ownership.stop();
        startReading();
        ownership.start();
    }

    private void startReading() {
        // a poll that ended after its feed was deleted wrote the feed back: delete it again (off the reader thread)
        view.start(id -> CompletableFuture.runAsync(() -> log.delete(id)));
    }

    private void tick() {
        try {
            poller.pollDue();
        } catch (RuntimeException e) {
            LOG.error("Feed polling failed; trying again next tick", e);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        ownership.stop();
        view.stop();
    }
}
