package org.claims.bench.check;

import java.util.List;

/**
 * The read model against the exact expectation. lost = expected claim ids not stored; extra = claim ids stored
 * for the articles that were not expected; misfiled = expected ids stored under another article; duplicated =
 * rows beyond the first for one (article, evidence span, measure, figure): claim_id is a primary key, so a
 * duplicate can only show up as the same claim under a second id. strayArticles = articles carrying the run's
 * marker that nobody expected (an id computed differently from ingest); duplicatedArticles = rows beyond the
 * first for one body among them. Lists hold at most {@link #SAMPLE} ids, to show, not to count.
 */
public record Reconciliation(long articles, long articlesStored, long strayArticles, long duplicatedArticles,
                             long expectedClaims, long storedClaims, long lost, long extra, long misfiled,
                             long duplicated, List<String> missingArticleSample, List<String> lostSample,
                             List<String> extraSample, List<String> duplicateSample) {
    public static final int SAMPLE = 5;

    public boolean exact() {
        return articlesStored == articles && strayArticles == 0 && duplicatedArticles == 0 && lost == 0 && extra == 0
                && misfiled == 0 && duplicated == 0;
    }

    public String summary() {
        return String.format("articles %d/%d stored (stray %d, duplicated %d); claims expected %d, stored %d:"
                        + " lost %d, extra %d, misfiled %d, duplicated %d", articlesStored, articles, strayArticles,
                duplicatedArticles, expectedClaims, storedClaims, lost, extra, misfiled, duplicated);
    }

    /** The samples worth showing when something is off, one line each; empty when exact. */
    public List<String> details() {
        return java.util.stream.Stream.of(
                        missingArticleSample.isEmpty() ? null : "missing articles e.g. " + missingArticleSample,
                        lostSample.isEmpty() ? null : "lost claims e.g. " + lostSample,
                        extraSample.isEmpty() ? null : "extra claims e.g. " + extraSample,
                        duplicateSample.isEmpty() ? null : "duplicated claims e.g. " + duplicateSample)
                .filter(java.util.Objects::nonNull).toList();
    }
}
