package org.claims.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackOptionsAndSeedsTest {

    @Test
    void defaultsAndGeneratedKey() {
        StackOptions o = StackOptions.parse(new String[0], Map.of());
        assertTrue(o.seeds());
        assertTrue(o.apiKeyGenerated());
        assertTrue(o.apiKey().matches("[0-9a-f]{32}"), o.apiKey());
        assertEquals(o.apiKey(), o.apiKeysEnv(Map.of()));
        assertEquals(List.of("-XX:ReservedCodeCacheSize=64m"), o.javaOpts().subList(0, 1));
        assertTrue(o.javaOpts().stream().noneMatch(f -> f.endsWith("GC")), "each service adds its own collector");
        assertEquals(Path.of("data").toAbsolutePath(), o.dataDir());
        assertNull(o.kafkaBootstrap());
    }

    @Test
    void servicesTrimTheirNativeHeapWhereTheJvmSupportsIt() {
        boolean supported = Runtime.version().compareTo(Runtime.Version.parse("17.0.9")) >= 0;
        assertEquals(supported, StackOptions.parse(new String[0], Map.of()).javaOpts()
                .contains("-XX:TrimNativeHeapInterval=5000"));
    }

    @Test
    void trainingTakesFreePortsAndNeverTheServersOfTheEnvironment() {
        StackOptions o = StackOptions.parse(new String[] {"--train-class-archives"},
                Map.of("KAFKA_BOOTSTRAP_SERVERS", "broker:9092", "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db/claims"));
        assertEquals(0, o.kafkaPort());
        assertEquals(0, o.postgresPort());
        assertNull(o.kafkaBootstrap());
        assertNull(o.jdbcUrl());
    }

    @Test
    void argsAndEnvironment() {
        Map<String, String> env = Map.of("INGEST_API_KEYS", " k1 ,k2", "CLAIMS_JAVA_OPTS", "-Xmx1g  -XX:+UseG1GC",
                "KAFKA_BOOTSTRAP_SERVERS", "broker:9092", "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db/claims");
        StackOptions o = StackOptions.parse(new String[] {"--no-seeds", "--data-dir", "/tmp/x", "--repo", "/tmp/r"}, env);
        assertFalse(o.seeds());
        assertEquals("k1", o.apiKey());
        assertEquals(" k1 ,k2", o.apiKeysEnv(env));
        assertEquals(List.of("-Xmx1g", "-XX:+UseG1GC"), o.javaOpts());
        assertEquals(Path.of("/tmp/x"), o.dataDir());
        assertEquals(Path.of("/tmp/r"), o.repo());
        assertEquals("broker:9092", o.kafkaBootstrap());
        assertEquals("jdbc:postgresql://db/claims", o.jdbcUrl());
        assertThrows(StackException.class, () -> StackOptions.parse(new String[] {"--what"}, Map.of()));
        assertThrows(StackException.class, () -> StackOptions.parse(new String[] {"--data-dir"}, Map.of()));
    }

    @Test
    void manifests(@TempDir Path dir) throws Exception {
        assertNull(SeedLoader.readManifest(dir));
        Files.writeString(dir.resolve("manifest.tsv"), "file\tpublishedAt\tlanguage\toutlet\ttitle\n"
                + "000_a.txt\t2024-10-29\tfr\tLe Monde\tnull\n");
        List<Map<String, Object>> tsv = SeedLoader.readManifest(dir);
        assertEquals(1, tsv.size());
        assertEquals("Le Monde", tsv.get(0).get("outlet"));
        assertNull(tsv.get(0).get("title"));
        Files.writeString(dir.resolve("manifest.json"), "[{\"file\": \"000_cc35e2e62f5bf773.txt\", \"publishedAt\": "
                + "\"2024-10-29\", \"language\": \"fr\", \"outlet\": \"Libé\", \"title\": null}]");
        List<Map<String, Object>> json = SeedLoader.readManifest(dir);
        assertEquals("000_cc35e2e62f5bf773.txt", json.get(0).get("file"));
        assertEquals("Libé", json.get(0).get("outlet"));
    }

    @Test
    void feedsFileIsTakenAndItsUrlsReadOneALine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("feeds.txt"),
                "# world news\nhttps://www.lemonde.fr/international/rss_full.xml\n\n  https://feeds.bbci.co.uk/news/world/rss.xml  \n");
        StackOptions o = StackOptions.parse(new String[] {"--feeds", file.toString()}, Map.of());
        assertEquals(file.toAbsolutePath(), o.feedsFile());
        assertEquals(List.of("https://www.lemonde.fr/international/rss_full.xml", "https://feeds.bbci.co.uk/news/world/rss.xml"),
                FeedSubscriber.urls(o.feedsFile()));
        assertNull(StackOptions.parse(new String[0], Map.of()).feedsFile());
    }

    @Test
    void aMissingFeedsFileIsRefusedBeforeAnythingStarts(@TempDir Path dir) {
        assertThrows(StackException.class,
                () -> StackOptions.parse(new String[] {"--feeds", dir.resolve("none.txt").toString()}, Map.of()));
    }
}
