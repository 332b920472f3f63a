package org.claims.extract.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.claims.extract.config.ExtractConfig;
import org.claims.model.Article;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Runs the engine over a few written passages for {@code extract.warm-up} after start, and reports not ready
 * until then. A just-started JVM spends most of a first burst compiling the engine (profiled: more CPU than the
 * extraction itself); doing it before the service says it is ready keeps that cost out of the first articles'
 * way. Articles that arrive meanwhile are extracted as usual.
 */
@Readiness
@ApplicationScoped
public class EngineWarmUp implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(EngineWarmUp.class);
    private final Extraction extraction;
    private final ExtractConfig config;
    private final ObjectMapper json;
    private volatile boolean warm;
    private volatile long passes;

    public EngineWarmUp(Extraction extraction, ExtractConfig config, ObjectMapper json) {
        this.extraction = extraction;
        this.config = config;
        this.json = json;
    }

    void start(@Observes StartupEvent event) {
        if (config.warmUp().isZero() || config.warmUp().isNegative()) {
            warm = true;
            return;
        }
        Thread t = new Thread(this::run, "engine-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private void run() {
        try {
            List<Article> articles = articles();
            long end = System.nanoTime() + config.warmUp().toNanos();
            long n = 0;
            while (System.nanoTime() < end) {
                for (Article a : articles) {
                    extraction.extract(a);
                }
                n++;
            }
            passes = n;
            LOG.infof("engine warmed up: %d passes over %d passages in %s", n, articles.size(), config.warmUp());
        } catch (RuntimeException e) {
            LOG.warn("engine warm-up stopped; the service runs cold", e); // warm-up text is ours: never a reason to stay unready
        } finally {
            warm = true;
        }
    }

    private List<Article> articles() {
        var in = EngineWarmUp.class.getResourceAsStream("/warm-up/articles.jsonl");
        if (in == null) {
            throw new IllegalStateException("warm-up/articles.jsonl is missing from the service");
        }
        List<Article> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.add(json.readValue(line, Article.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("engine warm-up").status(warm).withData("passes", passes).build();
    }
}
