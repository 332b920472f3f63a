package org.claims.testsupport;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** Testcontainers variants of the servers; only loaded when {@link Docker#useContainers()} is true. */
final class Containers {
    static final String KAFKA_IMAGE = System.getProperty("claims.test.kafka-image", "apache/kafka:4.1.1");
    static final String POSTGRES_IMAGE = System.getProperty("claims.test.postgres-image", "postgres:17-alpine");

    private Containers() {
    }

    record Started(String address, AutoCloseable closer) {
    }

    static Started kafka() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        kafka.start();
        return new Started(kafka.getBootstrapServers(), kafka::stop);
    }

    static Started postgres(String database, String user, String password) {
        PostgreSQLContainer pg = new PostgreSQLContainer(POSTGRES_IMAGE)
                .withDatabaseName(database).withUsername(user).withPassword(password);
        pg.start();
        return new Started(pg.getJdbcUrl(), pg::stop);
    }
}
