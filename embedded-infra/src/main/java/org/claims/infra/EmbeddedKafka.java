package org.claims.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Apache Kafka broker (KRaft, combined broker + controller) running in this JVM.
 * The data directory is reused when it was formatted before, so a restart keeps the topics and records.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private final Path dir;
    private final boolean deleteDirOnClose;
    private final int port;
    private final KafkaRaftServer server;
    private volatile boolean closed;

    private EmbeddedKafka(Path dir, boolean deleteDirOnClose, int port, KafkaRaftServer server) {
        this.dir = dir;
        this.deleteDirOnClose = deleteDirOnClose;
        this.port = port;
        this.server = server;
    }

    /** Starts a broker on a free port with a temporary data directory deleted on close. */
    public static EmbeddedKafka start() {
        try {
            return start(0, Files.createTempDirectory("embedded-kafka"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a broker.
     *
     * @param port    client port, 0 = any free port
     * @param dataDir directory for server.properties and the logs (created if missing, kept on close)
     * @throws PortInUseException if {@code port} is taken
     */
    public static EmbeddedKafka start(int port, Path dataDir) {
        return start(port, dataDir, false);
    }

    private static EmbeddedKafka start(int requestedPort, Path dataDir, boolean deleteOnClose) {
        QuietLogging.apply();
        int port = requestedPort == 0 ? Ports.freePort() : requestedPort;
        if (requestedPort != 0 && !Ports.isFree(port)) {
            throw new PortInUseException("Kafka", port);
        }
        int controllerPort = Ports.freePort();
        Path dir = dataDir.toAbsolutePath();
        try {
            Files.createDirectories(dir);
            Properties p = serverProperties(dir, port, controllerPort);
            Path cfg = dir.resolve("server.properties");
            try (Writer w = Files.newBufferedWriter(cfg, StandardCharsets.UTF_8)) {
                p.store(w, "embedded single-node KRaft broker");
            }
            if (!Files.exists(dir.resolve("logs").resolve("meta.properties"))) {
                format(cfg);
            }
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(p, false), Time.SYSTEM);
            server.startup();
            return new EmbeddedKafka(dir, deleteOnClose, port, server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Kafka data directory " + dir, e);
        }
    }

    static Properties serverProperties(Path dir, int port, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dir.resolve("logs").toString());
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "6");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "6");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.partitions", "1");
        return p;
    }

    private static void format(Path cfg) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int rc;
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            rc = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", cfg.toString()}, out);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka storage format failed: " + e.getMessage(), e);
        }
        if (rc != 0) {
            throw new IllegalStateException("Kafka storage format failed (" + rc + "): " + buffer.toString(StandardCharsets.UTF_8));
        }
    }

    public int port() {
        return port;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public Path dataDirectory() {
        return dir;
    }

    /** Creates the topics that do not exist yet (name → partitions, replication factor 1). */
    public void createTopics(Map<String, Integer> partitions) {
        KafkaTopics.create(bootstrapServers(), partitions, 30, TimeUnit.SECONDS);
    }

    /** Stops the broker and waits for it; deletes the data directory only if it was a temporary one. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown();
        server.awaitShutdown();
        if (deleteDirOnClose) {
            FileTrees.deleteQuietly(dir);
        }
    }
}
