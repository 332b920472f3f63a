package org.claims.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * {@code java -cp benchmarks.jar org.claims.bench.BenchMain [JMH options]}: runs {@link ExtractionBenchmark}
 * with the agreed defaults ({@code -f 1 -wi 3 -i 5 -t 1}; any JMH option given overrides its default) and prints
 * the words/s table against the targets (>= 200,000 words/s and >= 1.0x the OpenNLP baseline).
 */
public final class BenchMain {
    static final long TARGET_WORDS_PER_S = 200_000;

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(withDefaults(args));
        OptionsBuilder options = new OptionsBuilder();
        options.parent(cli);
        if (cli.getIncludes().isEmpty()) {
            options.include(ExtractionBenchmark.class.getName() + "\\.");
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        printTable(results);
    }

    /** Prepends -f 1 -wi 3 -i 5 -t 1 unless the caller already chose a value for that flag. */
    static String[] withDefaults(String[] args) {
        List<String> given = Arrays.asList(args);
        List<String> out = new ArrayList<>();
        String[][] defaults = {{"-f", "1"}, {"-wi", "3"}, {"-i", "5"}, {"-t", "1"}};
        for (String[] d : defaults) {
            if (!given.contains(d[0])) {
                out.addAll(List.of(d));
            }
        }
        out.addAll(given);
        return out.toArray(String[]::new);
    }

    static void printTable(Collection<RunResult> results) {
        Map<String, double[]> wordsPerS = new LinkedHashMap<>();
        System.out.println();
        System.out.printf("%-32s %12s %10s %14s %12s %10s%n", "benchmark", "passes/s", "± err", "words/s", "± words/s", "MB/s");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            int chars = Integer.parseInt(r.getParams().getParam("corpusChars"));
            var docs = Corpus.repeated(chars);   // the same deterministic corpus the benchmark used
            long words = Corpus.words(docs);
            double mb = Corpus.chars(docs) / 1e6;
            Result<?> p = r.getPrimaryResult();
            double err = Double.isNaN(p.getScoreError()) ? 0 : p.getScoreError();
            wordsPerS.put(name, new double[] {p.getScore() * words, err * words});
            System.out.printf("%-32s %12.3f %10.3f %,14.0f %,12.0f %10.2f%n", name, p.getScore(), err,
                    p.getScore() * words, err * words, p.getScore() * mb);
        }
        double[] engine = wordsPerS.get("extractClaims");
        if (engine == null) {
            return;
        }
        System.out.printf("%nextractClaims: %,.0f words/s, target %,d words/s -> %s%n", engine[0], TARGET_WORDS_PER_S,
                engine[0] >= TARGET_WORDS_PER_S ? "MET" : "NOT MET");
        for (String base : List.of("opennlpSentencesTokensMaxent", "opennlpSentencesTokensSimple")) {
            double[] b = wordsPerS.get(base);
            if (b != null) {
                double ratio = engine[0] / b[0];
                System.out.printf("ratio extractClaims / %s = %.2fx (target >= 1.0x -> %s)%n", base, ratio,
                        ratio >= 1.0 ? "MET" : "NOT MET");
            }
        }
        System.out.printf("(words = whitespace-separated tokens; one pass = %,d words, %,d chars; 1 thread)%n",
                Corpus.words(Corpus.repeated(2_000_000)), Corpus.chars(Corpus.repeated(2_000_000)));
    }
}
