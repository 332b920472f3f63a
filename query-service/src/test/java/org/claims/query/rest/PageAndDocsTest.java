package org.claims.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.claims.testsupport.KafkaTestResource;
import org.claims.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class PageAndDocsTest {

    @Test
    void theDashboardPageAndItsScriptsAreServedByTheApp() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("/webjars/chart.js/4.4.7/dist/chart.umd.js")).body(containsString("dashboard.js"));
        for (String asset : new String[] {"/dashboard.js", "/dashboard-dom.js", "/dashboard-chart.js", "/dashboard.css"}) {
            given().get(asset).then().statusCode(200);
        }
    }

    @Test
    void chartJsComesFromTheWebjarNotACdn() {
        given().get("/webjars/chart.js/4.4.7/dist/chart.umd.js").then().statusCode(200)
                .body(containsString("Chart.js v4.4.7"));
    }

    @Test
    void openApiDocumentsTheDashboardWithExamples() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/dashboard/series'.get.summary", notNullValue())
                .body("paths.'/api/dashboard/series'.get.responses.'200'.content.'application/json'.examples.series", notNullValue())
                .body("paths.'/api/dashboard/disagreements'.get.responses.'200'.content.'application/json'.examples.disagreements", notNullValue())
                .body("paths.'/api/claims/stream'.get.summary", containsString("Server-Sent Events"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void theDashboardPageKeepsItsContentSecurityPolicy() {
        given().get("/").then().statusCode(200).body(org.hamcrest.Matchers.containsString(
                "content=\"default-src 'self'; script-src 'self';"));
    }

    @Test
    void crossOriginReadsAreClosedByDefault() {
        given().header("Origin", "https://elsewhere.example").get("/api/claims").then()
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "GET")
                .options("/api/claims").then().header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }
}
