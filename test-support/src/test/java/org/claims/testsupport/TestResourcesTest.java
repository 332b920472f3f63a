package org.claims.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

class TestResourcesTest {

    @Test
    void kafkaResourceIsSharedAndHasTopics() throws Exception {
        KafkaTestResource resource = new KafkaTestResource();
        Map<String, String> config = resource.start();
        String bootstrap = config.get("kafka.bootstrap.servers");
        assertEquals(bootstrap, config.get("mp.messaging.connector.smallrye-kafka.bootstrap.servers"));
        assertEquals(bootstrap, new KafkaTestResource().start().get("kafka.bootstrap.servers"), "one broker per JVM");
        resource.stop();
        assertEquals(bootstrap, KafkaTestResource.bootstrapServers(), "still running after stop()");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            assertTrue(admin.listTopics().names().get().containsAll(java.util.List.of("articles", "claims", "articles-dlq", "claims-dlq")));
        }
    }

    @Test
    void postgresResourceAnswersQueries() throws Exception {
        Map<String, String> config = new PostgresTestResource().start();
        assertEquals("postgresql", config.get("quarkus.datasource.db-kind"));
        try (Connection c = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select current_database()")) {
            assertTrue(rs.next());
            assertEquals("claims", rs.getString(1));
        }
    }
}
