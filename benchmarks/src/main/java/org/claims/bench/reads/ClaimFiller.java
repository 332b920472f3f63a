package org.claims.bench.reads;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.claims.bench.Corpus;
import org.claims.bench.load.Args;
import org.claims.engine.ClaimExtractor;
import org.claims.model.Article;
import org.claims.model.Claim;

/**
 * Fills the read model with N claims the honest fast way: produce them to the {@code claims} topic (key =
 * article id, the measure/language/extractor headers extract-service sets), so query-service stores them through
 * its real consumer. The claims are the engine's own output on the benchmark corpus (real subjects, sources,
 * places, evidence), re-issued under fresh article ids ("fill-<tag>-<n>", 4 claims each) with shifted figures
 * and ids recomputed the way the engine computes them, so the series and filters see realistic variety.
 * <pre>java -cp benchmarks.jar org.claims.bench.reads.ClaimFiller --count 100000 [--bootstrap localhost:9092]</pre>
 */
public final class ClaimFiller {
    private ClaimFiller() {
    }

    public static void main(String[] argv) throws Exception {
        Args a = new Args(argv, Set.of());
        int count = a.integer("count", 100_000);
        List<Claim> templates = templates();
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, a.get("bootstrap", "localhost:9092"));
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");          // throughput over latency: fill, not measure
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
        long t0 = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                Claim c = variant(templates.get(i % templates.size()), "fill-" + tag + "-" + (i / 4), i);
                ProducerRecord<String, String> r = new ProducerRecord<>(a.get("topic", "claims"), c.articleId(),
                        json.writeValueAsString(c));
                r.headers().add("measure", c.measure().wire().getBytes(StandardCharsets.UTF_8));
                r.headers().add("language", String.valueOf(c.language()).getBytes(StandardCharsets.UTF_8));
                r.headers().add("extractor", c.extractor().getBytes(StandardCharsets.UTF_8));
                producer.send(r, (md, e) -> {
                    if (e != null) {
                        System.err.println("send failed: " + e);
                    }
                });
            }
            producer.flush();
        }
        System.out.printf("filler: produced %d claims (articles fill-%s-*) to %s in %.1f s%n", count, tag,
                a.get("topic", "claims"), (System.nanoTime() - t0) / 1e9);
    }

    static List<Claim> templates() {
        ClaimExtractor extractor = new ClaimExtractor();
        List<Claim> out = new ArrayList<>();
        for (Article doc : Corpus.documents()) {
            out.addAll(extractor.extract(doc));
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("the engine found no claim in the corpus: nothing to fill with");
        }
        return out;
    }

    /** The template under a new article, figures shifted by i % 50 % so values differ but stay plausible. */
    static Claim variant(Claim t, String articleId, int i) {
        long shift = 100 + i % 50;
        long low = t.quantity().low() * shift / 100;
        long high = Math.max(low, t.quantity().high() * shift / 100);
        Claim.Quantity q = new Claim.Quantity(low, high, t.quantity().qualifier(), t.quantity().text());
        // i in the id key: two templates with the same span in one fill article must still get distinct ids
        String id = Claim.idFor(articleId, t.extractor(), t.evidence().start() + i % 4 * 100_000, t.evidence().end(),
                t.measure(), low, high);
        // as extract-service does, each claim repeats its (generated) article's day and outlet: a year of days
        int article = i / 4;
        return new Claim(id, articleId, t.extractor(), t.language(), t.measure(), t.subject(), q, t.location(),
                t.source(), t.statedOn(), t.hedged(), t.evidence())
                .withArticle(LocalDate.of(2024, 1, 1).plusDays(article % 366), OUTLETS.get(article % OUTLETS.size()));
    }

    private static final List<String> OUTLETS = List.of("Le Monde", "Reuters", "BBC", "Libération", "AP", "Le Figaro");
}
