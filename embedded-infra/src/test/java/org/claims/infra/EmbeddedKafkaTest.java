package org.claims.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {

    @Test
    void producesAndConsumesOneRecord(@TempDir Path dir) throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(0, dir)) {
            kafka.createTopics(Topics.defaults());
            kafka.createTopics(Topics.defaults()); // idempotent
            String bootstrap = kafka.bootstrapServers();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                Set<String> names = admin.listTopics().names().get();
                assertTrue(names.containsAll(List.of("articles", "claims", "articles-dlq", "claims-dlq")), names.toString());
                assertEquals(6, admin.describeTopics(List.of("claims")).allTopicNames().get().get("claims").partitions().size());
                var feeds = new org.apache.kafka.common.config.ConfigResource(org.apache.kafka.common.config.ConfigResource.Type.TOPIC, "feeds");
                assertEquals("compact", admin.describeConfigs(List.of(feeds)).all().get().get(feeds).get("cleanup.policy").value(),
                        "the feeds topic keeps the last record of each feed");
            }
            Properties pp = new Properties();
            pp.put("bootstrap.servers", bootstrap);
            pp.put("key.serializer", StringSerializer.class.getName());
            pp.put("value.serializer", StringSerializer.class.getName());
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(pp)) {
                producer.send(new ProducerRecord<>("claims", "a1", "{\"hello\":1}")).get();
            }
            Properties cp = new Properties();
            cp.put("bootstrap.servers", bootstrap);
            cp.put("group.id", "test");
            cp.put("auto.offset.reset", "earliest");
            cp.put("key.deserializer", StringDeserializer.class.getName());
            cp.put("value.deserializer", StringDeserializer.class.getName());
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(cp)) {
                consumer.subscribe(List.of("claims"));
                long deadline = System.currentTimeMillis() + 30_000;
                ConsumerRecord<String, String> got = null;
                while (got == null && System.currentTimeMillis() < deadline) {
                    ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                    if (!records.isEmpty()) {
                        got = records.iterator().next();
                    }
                }
                assertTrue(got != null, "no record consumed");
                assertEquals("a1", got.key());
                assertEquals("{\"hello\":1}", got.value());
            }
            assertThrows(PortInUseException.class, () -> EmbeddedKafka.start(kafka.port(), dir.resolve("other")));
        }
    }

    @Test
    void restartKeepsTopics(@TempDir Path dir) throws Exception {
        int port;
        try (EmbeddedKafka kafka = EmbeddedKafka.start(0, dir)) {
            kafka.createTopics(Map.of("kept", 2));
            port = kafka.port();
        }
        assertTrue(Ports.isFree(port), "port released after close");
        try (EmbeddedKafka kafka = EmbeddedKafka.start(0, dir);
             Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            assertTrue(admin.listTopics().names().get().contains("kept"));
        }
        assertFalse(dir.resolve("logs").toFile().list().length == 0);
    }
}
