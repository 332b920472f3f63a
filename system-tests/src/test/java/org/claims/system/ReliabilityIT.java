package org.claims.system;

import org.claims.stack.ServiceProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * At-least-once delivery with an exactly-once effect, on real servers: two extract and two query instances
 * share the partitions, instances are stopped mid-stream (a rebalance each time) and restarted, and the read
 * model ends with exactly the claims the engine finds in the articles; a replay from a new consumer group
 * changes nothing.
 */
class ReliabilityIT {

    @Test
    void restartsRebalancesAndReplaysLoseAndDuplicateNothing() throws Exception {
        try (Pipeline p = new Pipeline(Path.of("target", "reliability-" + UUID.randomUUID()).toAbsolutePath())) {
            ServiceProcess extract1 = p.start("extract-service", Map.of());
            p.start("extract-service", Map.of());
            ServiceProcess query1 = p.start("query-service", Map.of());
            ServiceProcess query2 = p.start("query-service", Map.of());

            int expected = p.publish(0, 400);
            extract1.stop();
            query1.stop();
            expected += p.publish(400, 800);
            p.start("extract-service", Map.of());
            p.start("query-service", Map.of());
            expected += p.publish(800, 1200);

            int total = expected;
            assertThat(total).isGreaterThanOrEqualTo(1200);
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Pipeline.storedClaims(query2) == total);

            // replay every article through a fresh consumer group: the claims are re-published, the read model is unchanged
            String replayGroup = "replay-" + UUID.randomUUID();
            ServiceProcess replay = p.start("extract-service", Map.of("MP_MESSAGING_INCOMING_ARTICLES_GROUP_ID", replayGroup));
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    p.lag(replayGroup, "articles") == 0 && p.lag("query-service-claims", "claims") == 0);
            replay.stop();
            assertThat(Pipeline.storedClaims(query2)).isEqualTo(total);
        }
    }
}
