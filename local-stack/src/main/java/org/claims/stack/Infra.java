package org.claims.stack;

import java.util.concurrent.TimeUnit;

import org.claims.infra.EmbeddedKafka;
import org.claims.infra.KafkaTopics;
import org.claims.infra.LocalPostgres;
import org.claims.infra.PortInUseException;
import org.claims.infra.Topics;

/** Kafka and PostgreSQL of the local stack: embedded, or the external servers named in the environment. */
final class Infra {
    private EmbeddedKafka kafka;
    private LocalPostgres postgres;
    String bootstrapServers;
    String jdbcUrl;
    String dbUser;
    String dbPassword;

    void startKafka(StackOptions o) {
        if (o.kafkaBootstrap() != null) {
            bootstrapServers = o.kafkaBootstrap();
            System.out.println("Kafka: using external cluster " + bootstrapServers + " (KAFKA_BOOTSTRAP_SERVERS)");
        } else {
            long t0 = System.nanoTime();
            try {
                kafka = EmbeddedKafka.start(o.kafkaPort(), o.dataDir().resolve("kafka"));
            } catch (PortInUseException e) {
                throw new StackException("Kafka: port " + o.kafkaPort() + " is already in use; stop whatever listens there "
                        + "(ss -ltnp | grep :" + o.kafkaPort() + ") or set KAFKA_BOOTSTRAP_SERVERS to use that cluster");
            }
            bootstrapServers = kafka.bootstrapServers();
            System.out.printf("Kafka: broker on %s, data in %s (%d ms)%n", bootstrapServers, kafka.dataDirectory(), ms(t0));
        }
        try {
            KafkaTopics.create(bootstrapServers, Topics.defaults(), 30, TimeUnit.SECONDS);
        } catch (IllegalStateException e) {
            throw new StackException("Kafka: " + e.getMessage(), e);
        }
        System.out.println("Kafka: topics " + Topics.defaults());
    }

    void startPostgres(StackOptions o) {
        dbUser = o.dbUser();
        dbPassword = o.dbPassword();
        if (o.jdbcUrl() != null) {
            jdbcUrl = o.jdbcUrl();
            System.out.println("PostgreSQL: using external server " + jdbcUrl + " (QUARKUS_DATASOURCE_JDBC_URL)");
            return;
        }
        long t0 = System.nanoTime();
        java.nio.file.Path log = o.logsDir().resolve("postgres.log");
        long logStart = log.toFile().length();
        try {
            postgres = LocalPostgres.start(o.postgresPort(), o.dataDir().resolve("postgres"),
                    o.logsDir().resolve("postgres.log"), false);
        } catch (LocalPostgres.PostgresStartException e) {
            throw new StackException("PostgreSQL: embedded server failed (" + reason(e, log, logStart) + "; see "
                    + o.logsDir().resolve("postgres.log") + "). As root it needs a working `unshare -U`. Use your own "
                    + "server instead: QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://HOST:5432/claims "
                    + "(+ QUARKUS_DATASOURCE_USERNAME/PASSWORD)", e);
        }
        jdbcUrl = postgres.jdbcUrl();
        dbUser = postgres.username();
        dbPassword = postgres.password();
        System.out.printf("PostgreSQL: %s, data in %s (%d ms)%n", jdbcUrl, o.dataDir().resolve("postgres"), ms(t0));
    }

    boolean started() {
        return kafka != null || postgres != null;
    }

    boolean embeddedKafka() {
        return kafka != null;
    }

    /** Kafka first (the services are gone by now), then PostgreSQL. */
    void stop() {
        if (kafka != null) {
            try {
                kafka.close();
                System.out.println("Kafka stopped");
            } catch (RuntimeException e) {
                System.err.println("Kafka did not stop cleanly: " + e.getMessage());
            }
            kafka = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
                System.out.println("PostgreSQL stopped");
            } catch (RuntimeException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            postgres = null;
        }
    }

    /** The server's own error line (e.g. "initdb: error: cannot be run as root") if the log has one. */
    private static String reason(Exception e, java.nio.file.Path log, long from) {
        try (var in = java.nio.file.Files.newInputStream(log)) {
            in.skipNBytes(Math.min(from, log.toFile().length()));
            var error = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> l.contains("error:") || l.contains("FATAL:")).reduce((a, b) -> b);
            if (error.isPresent()) {
                return error.get().trim();
            }
        } catch (java.io.IOException | java.io.UncheckedIOException ignored) {
            // fall back to the exception
        }
        String s = e.getMessage();
        return s == null ? "unknown error" : s.lines().findFirst().orElse(s);
    }

    static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
