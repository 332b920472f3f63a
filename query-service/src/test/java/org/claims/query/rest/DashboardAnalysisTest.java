package org.claims.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claims.query.AnalystScenario;
import org.claims.query.domain.ClaimFilter;
import org.claims.query.persistence.ClaimSearch;
import org.claims.query.persistence.DisagreementQuery;
import org.claims.testsupport.KafkaTestResource;
import org.claims.testsupport.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Series, timeline and disagreements over the scenario stored through Kafka (see AnalystScenario). */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class DashboardAnalysisTest {
    private static AnalystScenario scenario;
    @Inject
    ObjectMapper json;
    @Inject
    ClaimSearch search;
    @Inject
    DisagreementQuery disagreements;

    @BeforeEach
    void seedOnce() {
        if (scenario == null) {
            scenario = AnalystScenario.seed(json);
        }
    }

    private ValidatableResponse troops() {
        return given().queryParam("subject", scenario.token).queryParam("measure", "present")
                .get("/api/dashboard/series").then().statusCode(200).body("series", hasSize(1));
    }

    @Test
    void seriesShowEachSourcesLatestFigure() {
        String dod = "series[0].sources.find { it.source == '" + AnalystScenario.DOD + "' }";
        troops().body("series[0].subject", equalTo(scenario.troops)).body("series[0].location", equalTo("Kursk"))
                .body("series[0].sources.source", containsInAnyOrder(AnalystScenario.DOD, AnalystScenario.UKRAINE_INTEL, "unattributed"))
                .body(dod + ".low", equalTo(11000)).body(dod + ".statedOn", equalTo("2024-11-18"))
                .body(dod + ".claimId", equalTo(scenario.claims.get(3).claimId()))
                .body("series[0].sources.find { it.source == 'Ukrainian intelligence' }.high", equalTo(12000))
                .body("series[0].sources.find { it.source == 'unattributed' }.statedOn", nullValue())
                .body("series[0].sources.find { it.source == 'unattributed' }.date", equalTo("2024-12-10"));
    }

    @Test
    void seriesAggregateMinMaxCountAndDatesAfterDedup() {
        troops().body("series[0].min", equalTo(3000)).body("series[0].max", equalTo(12000))
                .body("series[0].count", equalTo(4)).body("series[0].reports", equalTo(5))
                .body("series[0].first", equalTo("2024-10-28")).body("series[0].last", equalTo("2024-12-10"));
    }

    @Test
    void theSameClaimInTwoArticlesIsCorroboratedTwice() {
        // narrowed to October, DoD's latest figure is the claim Le Monde and Reuters both carry
        given().queryParam("subject", scenario.token).queryParam("measure", "present").queryParam("to", "2024-10-31")
                .get("/api/dashboard/series").then().statusCode(200)
                .body("series[0].count", equalTo(1)).body("series[0].reports", equalTo(2))
                .body("series[0].sources", hasSize(1)).body("series[0].sources[0].articles", equalTo(2))
                .body("series[0].sources[0].articleIds", containsInAnyOrder(scenario.articles.get(0), scenario.articles.get(1)));
    }

    @Test
    void timelineIsOrderedByDateThenStreamPosition() {
        ValidatableResponse r = given().queryParam("subject", scenario.token).queryParam("measure", "present")
                .get("/api/dashboard/timeline").then().statusCode(200)
                .body("points.date", contains("2024-10-28", "2024-10-28", "2024-11-04", "2024-11-18", "2024-12-10"))
                .body("points[4].source", equalTo("unattributed")).body("points[2].high", equalTo(12000));
        List<Long> seqs = r.extract().jsonPath().getList("points.seq", Long.class);
        org.assertj.core.api.Assertions.assertThat(seqs.get(0)).isLessThan(seqs.get(1));
    }

    @Test
    void theLargeAnswersWrittenAsTheyAreReadAreTheSerialisedAnswers() throws Exception {
        Map<String, String> all = Map.of();
        Map<String, String> troops = Map.of("measure", "present", "subject", scenario.token);
        for (Map<String, String> params : List.of(all, troops)) {
            ClaimFilter filter = ClaimFilter.of(params.get("measure"), null, null, params.get("subject"), null, null,
                    null, null);
            assertSentAsSerialised("/api/dashboard/timeline", params, new DashboardResource.Timeline(
                    QuarkusTransaction.requiringNew().call(() -> search.timeline(filter, 5000))));
            for (int window : new int[]{30, 10}) {
                Map<String, String> withWindow = new HashMap<>(params);
                withWindow.put("windowDays", String.valueOf(window));
                assertSentAsSerialised("/api/dashboard/disagreements", withWindow, new DashboardResource.Disagreements(
                        window, QuarkusTransaction.requiringNew().call(() -> disagreements.disagreements(filter, window, 50))));
            }
        }
    }

    private void assertSentAsSerialised(String path, Map<String, String> params, Object answer) throws Exception {
        byte[] sent = given().queryParams(params).get(path).then().statusCode(200).extract().asByteArray();
        org.assertj.core.api.Assertions.assertThat(new String(sent, StandardCharsets.UTF_8))
                .isEqualTo(new String(json.writeValueAsBytes(answer), StandardCharsets.UTF_8));
    }

    @Test
    void disagreementsRankSeriesByTheirLargestGapWithinTheWindow() {
        // 30 days: unattributed 3 000 (Dec 10) vs DoD 11 000 (Nov 18) is the widest pair: 8 000; casualties: 150
        given().queryParam("subject", scenario.token).get("/api/dashboard/disagreements").then().statusCode(200)
                .body("windowDays", equalTo(30))
                .body("disagreements.subject", contains(scenario.troops, scenario.casualties))
                .body("disagreements.gap", contains(8000, 150))
                .body("disagreements[1].claims.quantity.low", containsInAnyOrder(50, 200));
    }

    @Test
    void aNarrowWindowOnlyComparesFiguresStatedCloseTogether() {
        // 10 days: only DoD 10 000 (Oct 28) vs Ukrainian intelligence 11 000-12 000 (Nov 4) remain: gap 1 000
        given().queryParam("subject", scenario.token).queryParam("measure", "present").queryParam("windowDays", 10)
                .get("/api/dashboard/disagreements").then().statusCode(200)
                .body("disagreements", hasSize(1)).body("disagreements[0].gap", equalTo(1000))
                .body("disagreements[0].claims.quantity.low", contains(10000, 11000));
    }

    @Test
    void windowDaysOutsideItsRangeIsA400() {
        for (String bad : List.of("0", "3651", "abc")) {
            given().queryParam("windowDays", bad).get("/api/dashboard/disagreements").then().statusCode(400)
                    .contentType("application/problem+json").body("field", equalTo("windowDays"));
        }
    }

    @Test
    void dashboardReadsRejectBadFiltersLikeTheClaimsList() {
        given().queryParam("measure", "shot").get("/api/dashboard/series").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("measure"));
        given().queryParam("from", "yesterday").get("/api/dashboard/timeline").then().statusCode(400)
                .body("field", equalTo("from"));
    }
}
