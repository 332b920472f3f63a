package org.claims.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.claims.engine.ClaimExtractor;

/**
 * Developer tool: scores labelled passages kept outside the repository (a fresh batch of real news) with the
 * rules of score.py, overall and per language, then lists every miss, false positive and wrong field.
 * Usage: {@code Score file.jsonl [more.jsonl ...]}
 */
public final class Score {
    private Score() {
    }

    public static void main(String[] args) {
        ClaimExtractor engine = new ClaimExtractor();
        CorpusScorer all = new CorpusScorer();
        CorpusScorer fr = new CorpusScorer();
        CorpusScorer en = new CorpusScorer();
        int cases = 0;
        for (String file : args) {
            for (JsonNode c : CorpusScorer.load(Path.of(file))) {
                all.score(engine, c);
                (c.path("lang").asText().equals("fr") ? fr : en).score(engine, c);
                cases++;
            }
        }
        for (String p : all.problems) {
            System.out.println("  " + p);
        }
        System.out.print(fr.table("French"));
        System.out.print(en.table("English"));
        System.out.print(all.table("all, " + cases + " passages"));
        List.of(fr, en, all).forEach(s -> System.out.printf("F1 %.3f%n", s.f1()));
    }
}
