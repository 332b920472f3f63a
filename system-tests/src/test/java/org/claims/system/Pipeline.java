package org.claims.system;

import org.claims.stack.ServiceProcess;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.claims.engine.ClaimExtractor;
import org.claims.infra.EmbeddedKafka;
import org.claims.infra.LocalPostgres;
import org.claims.infra.Ports;
import org.claims.infra.Topics;
import org.claims.model.Article;
import org.claims.model.ArticleIds;

/** Real broker and database in this JVM, service instances as child JVMs, and articles with known claim counts. */
final class Pipeline implements AutoCloseable {
    /** The bearer key ingest-service accepts in every pipeline. */
    static final String API_KEY = "reliability";
    private static final String[] TEMPLATES = {
        "Selon la police, %d manifestants ont défilé à Lyon samedi.",
        "According to the UN, %d people were displaced by the floods in Sudan.",
        "Au moins %d personnes ont été tuées dans le séisme, a annoncé mardi le ministère de la Santé.",
        "Police said %d protesters were arrested in London on Saturday.",
    };
    final Path dir;
    final EmbeddedKafka kafka;
    final LocalPostgres pg;
    final List<ServiceProcess> services = new ArrayList<>();
    private final Map<ServiceProcess, Runnable> launchers = new HashMap<>();
    private final ClaimExtractor engine = new ClaimExtractor();
    private final ObjectMapper json = new ObjectMapper();
    final KafkaCompanion companion;
    final Path repo = Path.of(System.getProperty("repo.dir", "..")).toAbsolutePath().normalize();

    Pipeline(Path dir) throws Exception {
        this.dir = dir;
        Files.createDirectories(dir);
        kafka = EmbeddedKafka.start(0, dir.resolve("kafka"));
        kafka.createTopics(Topics.defaults());
        pg = LocalPostgres.start(0, dir.resolve("pg"), dir.resolve("pg.log"), false);
        companion = new KafkaCompanion(kafka.bootstrapServers());
    }

    ServiceProcess start(String name, Map<String, String> extraEnv) {
        return start(name, extraEnv, List.of());
    }

    ServiceProcess start(String name, Map<String, String> extraEnv, List<String> extraJvmFlags) {
        ServiceProcess s = new ServiceProcess(name, Ports.freePort(), repo, dir);
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", pg.jdbcUrl());
        env.put("INGEST_API_KEYS", API_KEY);
        List<String> flags = new ArrayList<>(List.of("-Xmx256m", "-XX:+UseSerialGC"));
        flags.addAll(extraJvmFlags);
        Runnable launch = () -> {
            s.start(flags, env, false);
            s.awaitReady(System.nanoTime() + 120_000_000_000L);
        };
        launch.run();
        launchers.put(s, launch);
        services.add(s);
        return s;
    }

    /** SIGKILL, as a crash or the OOM killer: no shutdown hook, no last commit, no leaving the consumer group. */
    void kill(ServiceProcess s) {
        ProcessHandle.of(s.pid()).ifPresent(h -> {
            h.destroyForcibly();
            h.onExit().join();
        });
    }

    /** Starts a killed service again on its port, with its environment and flags, and waits until it is ready. */
    void restart(ServiceProcess s) {
        launchers.get(s).run();
    }

    /** Article n of the numbered series: unique body, French or English, a figure the engine reads. */
    static Article article(int n) {
        String body = String.format(TEMPLATES[n % TEMPLATES.length], 1000 + n);
        String lang = n % 2 == 0 ? "fr" : "en";
        return new Article(ArticleIds.of(body), null, "Reliability", null, body, lang, "2024-11-16", null);
    }

    /** Publishes articles numbered [from, to) and returns how many claims the engine finds in them. */
    int publish(int from, int to) throws Exception {
        int expected = 0;
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (int n = from; n < to; n++) {
            Article a = article(n);
            expected += engine.extract(a).size();
            records.add(new ProducerRecord<>("articles", a.id(), json.writeValueAsString(a)));
        }
        companion.produceStrings().withProp(ProducerConfig.ACKS_CONFIG, "all").fromRecords(records)
                .awaitCompletion(java.time.Duration.ofMinutes(1));
        return expected;
    }

    static long storedClaims(ServiceProcess query) {
        return ((Number) given().get("http://localhost:" + query.port + "/api/dashboard/summary").then()
                .statusCode(200).extract().path("claims")).longValue();
    }

    /** Records of the topic not yet committed by the group (a group that never committed lags by everything). */
    long lag(String group, String topic) {
        return TopicContents.lag(companion, group, topic);
    }

    @Override
    public void close() {
        services.forEach(ServiceProcess::stop);
        companion.close();
        kafka.close();
        pg.close();
    }
}
