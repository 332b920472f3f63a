package org.claims.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.claims.stack.ServiceProcess;
import org.junit.jupiter.api.Test;

/**
 * Chaos under a steady load, on real servers: 40 articles/s for a minute through ingest while extract-service and
 * then query-service are SIGKILLed (no shutdown, no last commit, the group finds out by itself) and started again
 * a few seconds later. Afterwards every consumer group has caught up, and the read model and the topics hold
 * exactly what the engine finds in the accepted articles. The long version, with ingest, Kafka and PostgreSQL
 * restarts and recovery times, is benchmarks/chaos.sh.
 */
class ChaosIT {
    static final int RATE = 40;
    static final int TOTAL = 60 * RATE;

    @Test
    void servicesKilledUnderLoadLoseAndDuplicateNothing() throws Exception {
        try (Pipeline p = new Pipeline(Path.of("target", "chaos-" + UUID.randomUUID()).toAbsolutePath())) {
            ServiceProcess ingest = p.start("ingest-service", Map.of());
            ServiceProcess extract = p.start("extract-service", Map.of());
            ServiceProcess query = p.start("query-service", Map.of());
            Map<String, List<String>> accepted;
            try (SteadyLoad load = new SteadyLoad(ingest.port, RATE, TOTAL)) {
                crash(p, extract, load, 10 * RATE);
                crash(p, query, load, 20 * RATE);
                accepted = load.awaitAccepted(Duration.ofMinutes(2));
                // ingest and Kafka stayed up: every article must have been accepted, or the check below proves less
                assertThat(accepted.size()).as("accepted; answers %s", load.outcomes()).isEqualTo(TOTAL);
            }

            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    p.lag("extract-service", "articles") == 0 && p.lag("query-service-articles", "articles") == 0
                            && p.lag("query-service-claims", "claims") == 0);

            Map<String, String> owner = new HashMap<>();
            accepted.forEach((article, claims) -> claims.forEach(c -> owner.put(c, article)));
            assertThat(storedClaims(p)).as("claim id -> article id in PostgreSQL").isEqualTo(owner);
            assertThat(storedArticles(p)).containsExactlyInAnyOrderElementsOf(accepted.keySet());

            List<String> articleKeys = TopicContents.readAll(p.companion, "articles").stream().map(ConsumerRecord::key).toList();
            assertThat(articleKeys).as("each accepted article published once").containsExactlyInAnyOrderElementsOf(accepted.keySet());
            // a killed extract re-sends the claims of its uncommitted batch: the topic may repeat, never miss or invent
            assertThat(TopicContents.readAll(p.companion, "claims").stream().map(r -> claimId(r.value())).distinct())
                    .containsExactlyInAnyOrderElementsOf(owner.keySet());
            assertThat(TopicContents.readAll(p.companion, "articles-dlq")).isEmpty();
        }
    }

    /** SIGKILL once atArticle articles were sent; started again three seconds of load later. */
    private static void crash(Pipeline p, ServiceProcess service, SteadyLoad load, int atArticle) {
        await().atMost(Duration.ofMinutes(1)).until(() -> load.sent() >= atArticle);
        p.kill(service);
        await().atMost(Duration.ofMinutes(1)).until(() -> load.sent() >= atArticle + 3 * RATE);
        p.restart(service);
    }

    private static Map<String, String> storedClaims(Pipeline p) throws Exception {
        Map<String, String> rows = new HashMap<>();
        try (Connection db = DriverManager.getConnection(p.pg.jdbcUrl(), p.pg.username(), p.pg.password());
             ResultSet r = db.createStatement().executeQuery("select claim_id, article_id from claim")) {
            while (r.next()) {
                rows.put(r.getString(1), r.getString(2));
            }
        }
        return rows;
    }

    private static List<String> storedArticles(Pipeline p) throws Exception {
        try (Connection db = DriverManager.getConnection(p.pg.jdbcUrl(), p.pg.username(), p.pg.password());
             ResultSet r = db.createStatement().executeQuery("select id from article")) {
            List<String> ids = new java.util.ArrayList<>();
            while (r.next()) {
                ids.add(r.getString(1));
            }
            return ids;
        }
    }

    private static String claimId(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("claimId").asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
