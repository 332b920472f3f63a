package org.claims.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.claims.infra.LocalPostgres;

/**
 * One real PostgreSQL 17 server per JVM for {@code @QuarkusTest} classes, database {@code claims},
 * user/password postgres/postgres. Started lazily, shared, stopped by a JVM shutdown hook. Uses a Testcontainers
 * server where Docker is available (see {@link Docker}), else zonky's embedded PostgreSQL (as root through
 * {@code unshare -U}). Remember {@code quarkus.devservices.enabled=false} in the service.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
    private static String jdbcUrl;
    private static AutoCloseable server;

    /** JDBC URL of the shared server's {@code claims} database, starting it if needed. */
    public static synchronized String jdbcUrl() {
        if (jdbcUrl == null) {
            long t0 = System.nanoTime();
            if (Docker.useContainers()) {
                Containers.Started started = Containers.postgres(LocalPostgres.DATABASE, LocalPostgres.USER, LocalPostgres.PASSWORD);
                server = started.closer();
                jdbcUrl = started.address();
            } else {
                LocalPostgres pg = LocalPostgres.start();
                server = pg;
                jdbcUrl = pg.jdbcUrl();
            }
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresTestResource::shutdown, "postgres-test-resource-stop"));
            System.out.printf("[test-support] PostgreSQL at %s (%s, %d ms)%n", jdbcUrl,
                    server instanceof LocalPostgres ? "embedded" : "container", (System.nanoTime() - t0) / 1_000_000);
        }
        return jdbcUrl;
    }

    public static String username() {
        return LocalPostgres.USER;
    }

    public static String password() {
        return LocalPostgres.PASSWORD;
    }

    /** Config for the application under test. */
    public static Map<String, String> config() {
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", username(),
                "quarkus.datasource.password", password());
    }

    @Override
    public Map<String, String> start() {
        return config();
    }

    /** Keeps the server: it is shared by the following test classes of this JVM and stopped at JVM exit. */
    @Override
    public void stop() {
        // shared per JVM; see shutdown()
    }

    /** Stops the server now (normally left to the shutdown hook). A later use starts a new one. */
    public static synchronized void shutdown() {
        if (server != null) {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("[test-support] PostgreSQL did not stop cleanly: " + e);
            }
            server = null;
            jdbcUrl = null;
        }
    }
}
