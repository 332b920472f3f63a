package org.claims.testsupport;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.claims.infra.EmbeddedKafka;
import org.claims.infra.KafkaTopics;
import org.claims.infra.Topics;

/**
 * One real Kafka broker per JVM for {@code @QuarkusTest} / {@code @QuarkusIntegrationTest} classes:
 * {@code @QuarkusTestResource(KafkaTestResource.class)} (or {@code @WithTestResource}).
 * <p>
 * Started lazily on first use, with the default topics (articles 6, claims 6, articles-dlq 1, claims-dlq 1); shared by all test
 * classes of the JVM (also across Quarkus restarts) and stopped by a JVM shutdown hook. Uses a Testcontainers
 * broker where Docker is available (see {@link Docker}), else an {@link EmbeddedKafka} in this JVM.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {
    private static String bootstrapServers;
    private static AutoCloseable server;

    /** Bootstrap servers of the shared broker, starting it if needed (for raw producers/consumers in tests). */
    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            long t0 = System.nanoTime();
            if (Docker.useContainers()) {
                Containers.Started started = Containers.kafka();
                server = started.closer();
                bootstrapServers = started.address();
            } else {
                EmbeddedKafka kafka = EmbeddedKafka.start();
                server = kafka;
                bootstrapServers = kafka.bootstrapServers();
            }
            KafkaTopics.create(bootstrapServers, Topics.defaults(), 60, TimeUnit.SECONDS);
            Runtime.getRuntime().addShutdownHook(new Thread(KafkaTestResource::shutdown, "kafka-test-resource-stop"));
            System.out.printf("[test-support] Kafka at %s (%s, %d ms)%n", bootstrapServers,
                    server instanceof EmbeddedKafka ? "embedded" : "container", (System.nanoTime() - t0) / 1_000_000);
        }
        return bootstrapServers;
    }

    /** Config for the application under test. */
    public static Map<String, String> config() {
        String bootstrap = bootstrapServers();
        return Map.of(
                "kafka.bootstrap.servers", bootstrap,
                "mp.messaging.connector.smallrye-kafka.bootstrap.servers", bootstrap);
    }

    @Override
    public Map<String, String> start() {
        return config();
    }

    /** Keeps the broker: it is shared by the following test classes of this JVM and stopped at JVM exit. */
    @Override
    public void stop() {
        // shared per JVM; see shutdown()
    }

    /** Stops the broker now (normally left to the shutdown hook). A later use starts a new one. */
    public static synchronized void shutdown() {
        if (server != null) {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("[test-support] Kafka did not stop cleanly: " + e);
            }
            server = null;
            bootstrapServers = null;
        }
    }
}
