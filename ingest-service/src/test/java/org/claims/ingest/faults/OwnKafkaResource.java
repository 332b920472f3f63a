package org.claims.ingest.faults;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.claims.infra.EmbeddedKafka;
import org.claims.infra.Ports;
import org.claims.infra.Topics;

/** A broker of this test's own, which the test can stop and bring back on the same port and data. */
public class OwnKafkaResource implements QuarkusTestResourceLifecycleManager {
    private static EmbeddedKafka kafka;
    private static int port;
    private static Path dir;

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("outage-kafka");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = Ports.freePort();
        bringBack();
        kafka.createTopics(Topics.defaults());
        return Map.of("kafka.bootstrap.servers", kafka.bootstrapServers());
    }

    @Override
    public void stop() {
        takeDown();
    }

    static synchronized void takeDown() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }

    static synchronized void bringBack() {
        if (kafka == null) {
            kafka = EmbeddedKafka.start(port, dir);
        }
    }
}
