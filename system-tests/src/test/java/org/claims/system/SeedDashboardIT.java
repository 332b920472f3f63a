package org.claims.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claims.system.SeededPipeline.ENGLISH;
import static org.claims.system.SeededPipeline.LATER;
import static org.claims.system.SeededPipeline.REPEAT;
import static org.claims.system.SeededPipeline.SEED_STATE_DEPARTMENT;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.claims.model.Claim;
import org.claims.system.Answers.ClaimView;
import org.claims.system.Answers.Disagreement;
import org.claims.system.Answers.Point;
import org.claims.system.Answers.Series;
import org.claims.system.Answers.SourceFigure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard on the seeds, filled through the real Kafka path: who says how many North Korean soldiers are in
 * Russia and in Kursk, how the figures evolve, where sources disagree, and a figure repeated by a second outlet
 * counted once.
 */
@ExtendWith(SeededPipeline.Resolver.class)
class SeedDashboardIT {
    static final String SOLDIERS = "North Korean soldiers";
    private static SeededPipeline stack;

    @BeforeAll
    static void fill(SeededPipeline seeded) {
        stack = seeded;
    }

    @Test
    void summaryCountsEveryArticleOnceAndEveryClaimTheEngineFinds() {
        List<Claim> claims = stack.claims();
        Answers.Summary summary = stack.get("/api/dashboard/summary", Answers.Summary.class, Map.of());

        assertThat(summary.articles()).isEqualTo(8);
        assertThat(summary.claims()).isEqualTo(claims.size());
        assertThat(summary.sources()).isEqualTo(claims.stream().filter(c -> c.source() != null)
                .map(c -> c.source().name()).distinct().count());
        assertThat(summary.byMeasure()).isEqualTo(claims.stream()
                .collect(Collectors.groupingBy(c -> c.measure().wire(), TreeMap::new, Collectors.counting())));
    }

    @Test
    void russiaSeriesGivesEachSourcesLatestFigure() {
        Series russia = series("Russia");

        assertThat(russia.sources()).extracting(SourceFigure::source).contains(
                "US Department of Defense", "US Department of State", "Ukraine", "South Korea");
        assertThat(russia.source("US Department of Defense").low()).isEqualTo(10_000);
        // Patel's Tuesday statement, not Blinken's earlier "pas moins de 8 000"
        assertFigure(russia.source("US Department of State"), 10_000, "2024-11-12");
        assertFigure(russia.source("South Korea"), 10_000, "2025-02-27");
        // the later article replaces Kyiv's 11 000 of the seeds
        assertFigure(russia.source("Ukraine"), 12_000, "2024-12-23");
        assertThat(russia.max()).isGreaterThanOrEqualTo(12_000);
        assertThat(russia.last()).isEqualTo("2025-02-27");
    }

    @Test
    void kurskSeriesHoldsTheAmericanOfficialsEightThousand() {
        Series kursk = series("Kursk");

        assertThat(kursk.sources()).extracting(SourceFigure::source).contains("US Department of Defense", "United States");
        SourceFigure americans = kursk.source("United States");
        assertThat(List.of(americans.low(), americans.high())).containsExactly(8_000L, 8_000L);
        assertThat(americans.statedOn()).isEqualTo("2024-10-31");
        ClaimView claim = stack.get("/api/claims/" + americans.claimId(), ClaimView.class, Map.of());
        assertThat(claim.quantity().qualifier()).isEqualTo("approximately");
        assertThat(claim.articleId()).isEqualTo(stack.id("002_428cd73657b1aa61.txt"));
    }

    @Test
    void blinkensAtLeastEightThousandIsTheStateDepartments() {
        Answers.ClaimPage page = stack.get("/api/claims", Answers.ClaimPage.class, Map.of("source", "Blinken"));

        assertThat(page.items()).anySatisfy(c -> {
            assertThat(c.sourceName()).isEqualTo("US Department of State");
            assertThat(c.quantity().low()).isEqualTo(8_000);
            assertThat(c.quantity().qualifier()).isEqualTo("at_least");
            assertThat(c.statedOn()).isEqualTo("2024-10-31");
        });
    }

    @Test
    void aFigureRepeatedByAnotherOutletCountsOnceWithBothArticles() {
        Series russia = series("Russia");
        SourceFigure state = russia.source("US Department of State");

        assertThat(state.articles()).isEqualTo(2);
        assertThat(state.articleIds()).containsExactlyInAnyOrder(stack.id(SEED_STATE_DEPARTMENT), stack.id(REPEAT));
        List<Claim> stored = stack.claims().stream().filter(c -> inSeries(c, "Russia")).toList();
        // same source, figure and stated day is one claim however many articles carry it
        long distinct = stored.stream().map(c -> List.of(c.source() == null ? "" : c.source().name(),
                c.quantity().low(), c.quantity().high(), Objects.toString(c.statedOn()))).distinct().count();
        assertThat(russia.reports()).isEqualTo(stored.size());
        assertThat(russia.count()).isEqualTo(distinct).isLessThan(russia.reports());
    }

    @Test
    void timelineIsOrderedByStatedDayElsePublicationDay() {
        List<Point> points = stack.get("/api/dashboard/timeline", Answers.Timeline.class, Map.of()).points();
        Map<String, String> dayOf = stack.claims().stream()
                .collect(Collectors.toMap(Claim::claimId, c -> stack.day(c).toString()));

        assertThat(points).hasSameSizeAs(dayOf.keySet());
        assertThat(points).extracting(Point::date).isSorted();
        assertThat(points).allSatisfy(p -> assertThat(p.date()).as(p.claimId()).isEqualTo(dayOf.get(p.claimId())));
    }

    @Test
    void timelineFollowsKyivsFigureForRussiaOverTime() {
        List<Point> points = stack.get("/api/dashboard/timeline", Answers.Timeline.class,
                Map.of("measure", "present", "location", "Russia", "source", "Ukraine")).points();

        assertThat(points).extracting(Point::date).isSorted();
        assertThat(points).extracting(Point::low).containsSubsequence(11_000L, 12_000L);
        assertThat(points).extracting(Point::articleId).containsSubsequence(stack.id(SEED_STATE_DEPARTMENT), stack.id(LATER));
    }

    @Test
    void disagreementsRankTheRussiaAndKurskSeriesByGap() {
        Answers.Disagreements answer = disagreements();
        List<Disagreement> all = answer.disagreements();

        assertThat(all).extracting(Disagreement::gap).isSortedAccordingTo(Comparator.reverseOrder());
        for (String location : List.of("Russia", "Kursk")) {
            Disagreement d = answer.find(SOLDIERS, "present", location)
                    .orElseThrow(() -> new AssertionError("no disagreement on " + location + " in " + all));
            assertThat(d.gap()).as(location).isPositive();
            // the largest gap is between two listed claims from different sources whose ranges do not overlap
            assertThat(gaps(d.claims())).as(location).contains(d.gap());
        }
    }

    @Test
    void disagreementsListTheConflictingClaimsWithTheirEvidence() {
        Answers.Disagreements answer = disagreements();
        Disagreement kursk = answer.find(SOLDIERS, "present", "Kursk").orElseThrow();
        Disagreement russia = answer.find(SOLDIERS, "present", "Russia").orElseThrow();

        assertThat(kursk.claims()).anySatisfy(c -> {
            assertThat(c.sourceName()).isEqualTo("United States");
            assertThat(c.quantity().low()).isEqualTo(8_000);
        });
        assertThat(russia.claims()).extracting(ClaimView::sourceName).contains("Ukraine");
        assertThat(kursk.claims()).as("English article's Kursk figure").extracting(ClaimView::articleId)
                .contains(stack.id(ENGLISH));
        for (ClaimView c : concat(kursk.claims(), russia.claims())) {
            String body = stack.article(c.articleId()).body();
            assertThat(c.evidence().text()).as(c.claimId()).isNotBlank()
                    .isEqualTo(body.substring(c.evidence().start(), c.evidence().end()))
                    .contains(c.quantity().text());
        }
    }

    private static Series series(String location) {
        return stack.get("/api/dashboard/series", Answers.SeriesList.class, Map.of()).find(SOLDIERS, "present", location);
    }

    private static Answers.Disagreements disagreements() {
        return stack.get("/api/dashboard/disagreements", Answers.Disagreements.class, Map.of());
    }

    private static void assertFigure(SourceFigure figure, long low, String date) {
        assertThat(figure.low()).as(figure.source()).isEqualTo(low);
        assertThat(figure.date()).as(figure.source()).isEqualTo(date);
    }

    private static boolean inSeries(Claim c, String location) {
        return c.subject() != null && SOLDIERS.equals(c.subject().name()) && "present".equals(c.measure().wire())
                && c.location() != null && location.equals(c.location().name());
    }

    /** Distances between every pair of listed claims from different sources whose ranges are disjoint. */
    private static List<Long> gaps(List<ClaimView> claims) {
        return claims.stream().flatMap(x -> claims.stream()
                .filter(y -> !Objects.equals(x.sourceName(), y.sourceName()) && x.quantity().high() < y.quantity().low())
                .map(y -> y.quantity().low() - x.quantity().high())).toList();
    }

    private static List<ClaimView> concat(List<ClaimView> a, List<ClaimView> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
