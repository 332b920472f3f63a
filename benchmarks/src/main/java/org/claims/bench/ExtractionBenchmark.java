package org.claims.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claims.engine.ClaimExtractor;
import org.claims.model.Article;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One operation = one pass over the whole corpus (seeds + engine corpus, repeated to {@code corpusChars}).
 * JMH reports passes/s; {@link BenchMain} multiplies by the corpus word count for words/s (the count depends on
 * the corpus snapshot, so it cannot be a compile-time {@code @OperationsPerInvocation}).
 * All three benchmarks read exactly the same bodies, so their ratio compares like with like.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {
    /** About 2 MB of text: large enough that per-pass overhead vanishes, small enough for seconds-long ops. */
    @Param("2000000")
    public int corpusChars;

    private List<Article> docs;
    private ClaimExtractor extractor;
    private OpenNlpBaseline maxent;
    private OpenNlpBaseline simple;

    @Setup
    public void setup() {
        docs = Corpus.repeated(corpusChars);
        extractor = new ClaimExtractor();
        maxent = OpenNlpBaseline.maxent();
        simple = OpenNlpBaseline.simple();
    }

    /** (a) Full claim extraction, document by document, as extract-service calls it. */
    @Benchmark
    public void extractClaims(Blackhole bh) {
        for (Article a : docs) {
            bh.consume(extractor.extract(a));
        }
    }

    /** (b) Baseline: OpenNLP fr sentence detection + maximum-entropy tokenizer (English model, see class doc). */
    @Benchmark
    public void opennlpSentencesTokensMaxent(Blackhole bh) {
        for (Article a : docs) {
            bh.consume(maxent.process(a.body()));
        }
    }

    /** (b') Cheaper baseline: OpenNLP fr sentence detection + SimpleTokenizer (character classes only). */
    @Benchmark
    public void opennlpSentencesTokensSimple(Blackhole bh) {
        for (Article a : docs) {
            bh.consume(simple.process(a.body()));
        }
    }
}
