package org.claims.bench.load;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.claims.engine.ClaimExtractor;
import org.claims.model.Article;
import org.claims.model.ArticleIds;

/**
 * Unique articles with known claims. Each body is two template sentences written like the corpus (attributed,
 * located, dated figures) with numbers derived from the sequence number, plus a letters-only reference made of
 * the run tag and the sequence number: bodies never repeat within or across runs, so ingest never answers
 * "duplicate". The expected claim count is what the engine itself finds in the same article (same language,
 * same publishedAt); the id is computed the way ingest computes it, so the article can be tracked before the
 * POST even returns.
 */
public final class ArticleFactory {
    static final String PUBLISHED_AT = "2024-11-16";
    static final List<String> TEMPLATES = List.of(
            "Selon la police, %d manifestants ont défilé à Lyon samedi.",
            "Le ministère de l'Intérieur a recensé %d personnes rassemblées à Marseille mardi.",
            "Au moins %d personnes ont été arrêtées à Paris, a indiqué la préfecture de police dimanche.",
            "Selon l'ONU, plus de %d civils ont été déplacés dans la région de Kharkiv lundi.",
            "Le Pentagone a affirmé mercredi que %d soldats nord-coréens se trouvent dans la région de Koursk.");

    /** One article to post, with its precomputed id and the ids of the claims the pipeline must store for it. */
    public record Planned(String id, String json, List<String> claimIds) {
        public int expected() {
            return claimIds.size();
        }
    }

    private final ClaimExtractor extractor = new ClaimExtractor();
    private final java.util.concurrent.atomic.AtomicLong counter = new java.util.concurrent.atomic.AtomicLong();
    private final String runTag = letters(ThreadLocalRandom.current().nextLong(26L * 26 * 26 * 26 * 26 * 26), 6);
    private final com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();

    /** The next unique article (a counter shared by all phases of a run, so phases never repeat a body). */
    public Planned next() {
        long seq = counter.getAndIncrement();
        // 3-digit figures only: 4-digit ones could read as years, and the point is a stable claim count
        int n1 = 100 + (int) (seq % 800);
        int n2 = 100 + (int) ((seq * 7 + 13) % 800);
        String body = String.format(TEMPLATES.get((int) (seq % TEMPLATES.size())), n1) + " "
                + String.format(TEMPLATES.get((int) ((seq + 2) % TEMPLATES.size())), n2)
                + " " + marker() + letters(seq, 6) + ".)";
        String id = ArticleIds.of(body);
        Article article = new Article(null, null, "bench", null, body, "fr", PUBLISHED_AT, null);
        List<String> claimIds = extractor.extract(article.withId(id)).stream().map(org.claims.model.Claim::claimId).toList();
        try {
            return new Planned(id, json.writeValueAsString(article), claimIds);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String runTag() {
        return runTag;
    }

    /** A text every body of this factory contains and no other body does: finds the run's rows in a database. */
    public String marker() {
        return "(Réf. " + runTag + "-";
    }

    /** Base-26 in lower-case letters, fixed width: numbers in the reference would be read as figures. */
    static String letters(long v, int width) {
        char[] c = new char[width];
        for (int i = width - 1; i >= 0; i--) {
            c[i] = (char) ('a' + v % 26);
            v /= 26;
        }
        return new String(c);
    }
}
