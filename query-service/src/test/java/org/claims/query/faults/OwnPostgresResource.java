package org.claims.query.faults;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.claims.infra.LocalPostgres;
import org.claims.infra.Ports;

/** A PostgreSQL of this test's own, which the test can stop and bring back on the same port and data. */
public class OwnPostgresResource implements QuarkusTestResourceLifecycleManager {
    private static LocalPostgres pg;
    private static int port;
    private static Path dir;

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("outage-pg").resolve("cluster");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = Ports.freePort();
        bringBack();
        return Map.of("quarkus.datasource.jdbc.url", pg.jdbcUrl(),
                "quarkus.datasource.username", LocalPostgres.USER,
                "quarkus.datasource.password", LocalPostgres.PASSWORD);
    }

    @Override
    public void stop() {
        takeDown();
    }

    static synchronized void takeDown() {
        if (pg != null) {
            pg.close();
            pg = null;
        }
    }

    static synchronized void bringBack() {
        if (pg == null) {
            pg = LocalPostgres.start(port, dir, null, false);
            if (pg.port() != port) {
                throw new IllegalStateException("PostgreSQL came back on another port: " + pg.port());
            }
        }
    }
}
