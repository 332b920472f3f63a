package org.claims.system;

import org.claims.stack.ServiceProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class-data archives trained by the package build (ClassArchiveTraining), as the services start on them. */
class ClassArchiveIT {
    @TempDir
    Path dir;

    @Test
    void everyServiceMapsClassesItLoadsOnlyAfterConnectingWhileAFlightRecordingHooksClassLoading() throws Exception {
        assumeFalse(Boolean.getBoolean("class-archives.skip"), "built with -Dclass-archives.skip");
        Map<String, String> connectedClass = Map.of(
                "ingest-service", "org.apache.kafka.clients.producer.internals.Sender",
                "extract-service", "org.apache.kafka.clients.consumer.internals.ConsumerNetworkClient",
                "query-service", "org.postgresql.jdbc.PgConnection");
        try (Pipeline p = new Pipeline(dir)) {
            for (var e : connectedClass.entrySet()) {
                Path loads = dir.resolve(e.getKey() + "-classes.txt");
                // -Xshare:on refuses to start without the archive; JFR's class-file hook once crashed JDK 17 on
                // archived multi-release classes (the PostgreSQL driver's), so a recording runs during the start
                p.start(e.getKey(), Map.of(), List.of("-Xshare:on", "-Xlog:class+load=info:file=" + loads,
                        "-XX:StartFlightRecording=filename=" + dir.resolve(e.getKey() + ".jfr")));

                assertThat(Files.readAllLines(loads)).as(e.getKey())
                        .anyMatch(line -> line.contains(" " + e.getValue() + " source: shared objects file"));
            }
        }
    }
}
