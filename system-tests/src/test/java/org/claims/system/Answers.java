package org.claims.system;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * query-service answers as the contract names their fields. Dates stay ISO strings (no JSR-310 module on this
 * classpath) and unknown fields are ignored, since the contract allows services to add fields.
 */
final class Answers {
    private Answers() {
    }

    record Summary(long articles, long claims, long sources, Map<String, Long> byMeasure) {
    }

    record SeriesList(List<Series> series) {
        Series find(String subject, String measure, String location) {
            return series.stream().filter(s -> subject.equals(s.subject()) && measure.equals(s.measure())
                    && location.equals(s.location())).findFirst()
                    .orElseThrow(() -> new AssertionError("no series " + subject + " · " + measure + " · " + location
                            + " in " + series.stream().map(Series::key).toList()));
        }
    }

    record Series(String subject, String measure, String location, List<SourceFigure> sources,
                  long min, long max, long count, long reports, String first, String last) {
        String key() {
            return subject + " · " + measure + " · " + location;
        }

        SourceFigure source(String name) {
            return sources.stream().filter(f -> name.equals(f.source())).findFirst()
                    .orElseThrow(() -> new AssertionError("no source " + name + " in " + key() + ": " + sources));
        }
    }

    record SourceFigure(String source, long low, long high, String statedOn, String date, String claimId,
                        int articles, List<String> articleIds) {
    }

    record Timeline(List<Point> points) {
    }

    record Point(String date, long low, long high, String source, String claimId, String articleId) {
    }

    record Disagreements(List<Disagreement> disagreements) {
        Optional<Disagreement> find(String subject, String measure, String location) {
            return disagreements.stream().filter(d -> subject.equals(d.subject()) && measure.equals(d.measure())
                    && location.equals(d.location())).findFirst();
        }
    }

    record Disagreement(String subject, String measure, String location, long gap, List<ClaimView> claims) {
    }

    record ClaimPage(List<ClaimView> items, long total, int page, int size) {
        List<String> ids() {
            return items.stream().map(ClaimView::claimId).toList();
        }
    }

    record ArticleView(String id, String url, String outlet, String title, String body, String language,
                       String publishedAt, List<ClaimView> claims) {
    }

    record ClaimView(String claimId, String articleId, String language, String measure, Named subject,
                     Quantity quantity, Named location, Named source, String statedOn, Evidence evidence) {
        String sourceName() {
            return source == null ? null : source.name();
        }
    }

    record Named(String name, String text) {
    }

    record Quantity(long low, long high, String qualifier, String text) {
    }

    record Evidence(String text, int start, int end) {
    }
}
