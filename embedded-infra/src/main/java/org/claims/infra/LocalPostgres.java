package org.claims.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server (zonky embedded binaries) started from this JVM. As root it runs through
 * {@code unshare -U}; where that is not possible it fails with "initdb: cannot be run as root".
 * With a data directory the cluster is kept across restarts; without one it lives in a temporary directory.
 */
public final class LocalPostgres implements AutoCloseable {
    public static final String DATABASE = "claims";
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres pg;
    private volatile boolean closed;

    private LocalPostgres(EmbeddedPostgres pg) {
        this.pg = pg;
    }

    /** Any free port, temporary data directory, database {@code claims} created. */
    public static LocalPostgres start() {
        return start(0, null, null);
    }

    /**
     * @param port    wanted port: used if free, else the next free one above it; 0 = any free port
     * @param dataDir persistent cluster directory (created/initialised if needed, kept on close); null = temporary
     * @param logFile file the postgres server output is appended to; null = logged through slf4j at INFO
     * @throws PostgresStartException if the server cannot start (e.g. no usable {@code unshare} as root)
     */
    public static LocalPostgres start(int port, Path dataDir, Path logFile) {
        return start(port, dataDir, logFile, true);
    }

    /**
     * As {@link #start(int, Path, Path)}; {@code stopAtJvmExit=false} leaves stopping to the caller's own shutdown
     * sequence (zonky's hook would otherwise stop the server concurrently with the caller's hooks).
     */
    public static LocalPostgres start(int port, Path dataDir, Path logFile, boolean stopAtJvmExit) {
        QuietLogging.apply();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(stopAtJvmExit)
                .setPort(Ports.firstFreeFrom(port))
                .setPGStartupWait(Duration.ofSeconds(60));
        try {
            if (dataDir != null) {
                Files.createDirectories(dataDir.toAbsolutePath().getParent());
                // zonky turns synchronous_commit off for test speed; a kept cluster holds users' claims, and
                // consumers commit offsets after the transaction, so the transaction must really be durable
                builder.setDataDirectory(dataDir.toAbsolutePath()).setCleanDataDirectory(false)
                        .setServerConfig("synchronous_commit", "on");
            }
            if (logFile != null) {
                Files.createDirectories(logFile.toAbsolutePath().getParent());
                ProcessBuilder.Redirect redirect = ProcessBuilder.Redirect.appendTo(logFile.toFile());
                builder.setOutputRedirector(redirect).setErrorRedirector(redirect);
            }
        } catch (IOException e) {
            throw new PostgresStartException("cannot prepare PostgreSQL directories: " + e.getMessage(), e);
        }
        EmbeddedPostgres pg;
        try {
            pg = builder.start();
        } catch (IOException | RuntimeException e) {
            throw new PostgresStartException("embedded PostgreSQL failed to start: " + rootMessage(e), e);
        }
        LocalPostgres local = new LocalPostgres(pg);
        try {
            local.createDatabaseIfMissing(DATABASE);
        } catch (SQLException e) {
            local.close();
            throw new PostgresStartException("cannot create database " + DATABASE + ": " + e.getMessage(), e);
        }
        return local;
    }

    public void createDatabaseIfMissing(String name) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("unsupported database name " + name);
        }
        try (Connection c = pg.getPostgresDatabase().getConnection();
             PreparedStatement ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("create database " + name);
            }
        }
    }

    public int port() {
        return pg.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/" + database;
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    public String username() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    /** Stops the server (fast shutdown); a temporary data directory is removed, a given one kept. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            pg.close();
        } catch (IOException e) {
            throw new PostgresStartException("PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            sb.append(" / ").append(t.getMessage());
        }
        return sb.toString();
    }

    /** PostgreSQL could not be started or prepared. */
    public static final class PostgresStartException extends IllegalStateException {
        public PostgresStartException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
