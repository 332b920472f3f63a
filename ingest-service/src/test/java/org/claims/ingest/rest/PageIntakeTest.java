package org.claims.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import org.claims.ingest.fetch.LocalSite;
import org.claims.ingest.intake.NewsPages;
import org.claims.model.ArticleIds;
import org.claims.testsupport.KafkaTestResource;
import org.claims.testsupport.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class PageIntakeTest {
    static final String KEY = "Bearer test-key";
    static LocalSite site;

    @BeforeAll
    static void serve() {
        site = new LocalSite();
    }

    @AfterAll
    static void close() {
        site.close();
    }

    private static ValidatableResponse postUrl(String url) {
        return given().header("Authorization", KEY).contentType("application/json").body("{\"url\": \"" + url + "\"}")
                .post("/api/articles/url").then();
    }

    private static String page(String marker) {
        return NewsPages.french("Des Nord-Coréens en Russie", List.of(
                "Les Etats-Unis ont confirmé mardi que plus de 10 000 soldats nord-coréens avaient été envoyés en Russie. " + marker,
                "Selon Kyiv, quelque 11 000 soldats nord-coréens seraient déjà déployés dans la région de Koursk."),
                "2024-11-13T09:07:00+01:00", "https://www.lequotidien.example/international/" + marker);
    }

    @Test
    void aPostedHtmlPageIsIngestedWithItsMainTextAndMetadata() {
        String marker = "html-" + System.nanoTime();
        String id = given().header("Authorization", KEY).contentType("text/html; charset=UTF-8").body(page(marker))
                .post("/api/articles").then().statusCode(202).body("status", equalTo("accepted")).extract().path("id");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(TopicProbe.readAll("articles"))
                .anySatisfy(r -> {
                    assertThat(r.key()).isEqualTo(id);
                    assertThat(r.value()).contains("\"title\":\"Des Nord-Coréens en Russie\"", "\"outlet\":\"Le Quotidien\"",
                            "\"publishedAt\":\"2024-11-13T09:07:00+01:00\"", "\"language\":\"fr\"",
                            "\"url\":\"https://www.lequotidien.example/international/" + marker + "\"")
                            .doesNotContain("Lire aussi", "cookies", "Partager", "Jean Martin");
                }));
    }

    @Test
    void queryParametersOfAPostedPageWinOverItsMetadata() {
        String marker = "params-" + System.nanoTime();
        String id = given().header("Authorization", KEY).contentType("text/html").body(page(marker))
                .queryParam("outlet", "Given Outlet").queryParam("url", "https://given.example/" + marker)
                .post("/api/articles").then().statusCode(202).extract().path("id");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(TopicProbe.readAll("articles"))
                .anySatisfy(r -> assertThat(r.value()).contains("\"id\":\"" + id + "\"", "\"outlet\":\"Given Outlet\"",
                        "\"url\":\"https://given.example/" + marker + "\"")));
    }

    @Test
    void aPageWithoutArticleTextIsA400() {
        given().header("Authorization", KEY).contentType("text/html").body("<html><body><nav>Menu</nav></body></html>")
                .post("/api/articles").then().statusCode(400).contentType("application/problem+json").body("field", equalTo("body"));
    }

    @Test
    void aUrlIsFetchedThroughARedirectAndIngestedWithTheSameIdAsItsText() {
        String marker = "url-" + System.nanoTime();
        site.put("/article-" + marker, "text/html; charset=utf-8", page(marker)).redirect("/short-" + marker, "/article-" + marker);

        String id = postUrl(site.url("/short-" + marker)).statusCode(202).body("status", equalTo("accepted")).extract().path("id");

        assertThat(id).isEqualTo(ArticleIds.of("Les Etats-Unis ont confirmé mardi que plus de 10 000 soldats nord-coréens avaient"
                + " été envoyés en Russie. " + marker + "\nSelon Kyiv, quelque 11 000 soldats nord-coréens seraient déjà déployés"
                + " dans la région de Koursk."));
        postUrl(site.url("/article-" + marker)).statusCode(200).body("status", equalTo("duplicate")).body("id", equalTo(id));
    }

    @Test
    void anUpstream404IsA502NamingTheUrl() {
        String url = site.url("/missing-" + System.nanoTime());
        postUrl(url).statusCode(502).contentType("application/problem+json").body("detail", containsString(url))
                .body("detail", containsString("404"));
    }

    @Test
    void aUrlThatIsNotAWebPageIsA415() {
        site.put("/report.pdf", "application/pdf", "%PDF-1.7");
        postUrl(site.url("/report.pdf")).statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("application/pdf"));
    }

    @Test
    void aPageThatDoesNotArriveInTimeIsA504() {
        site.hang("/slow");
        postUrl(site.url("/slow")).statusCode(504).contentType("application/problem+json")
                .body("detail", containsString(site.url("/slow")));
    }

    @Test
    void privateLinkLocalAndUnallowedLoopbackAddressesAreRefusedBeforeAnyConnection() {
        for (String url : List.of("http://10.0.0.1/admin", "http://169.254.169.254/latest/meta-data/",
                "http://192.168.1.1/", "http://[::1]:8081/q/health", "http://[fd12::1]/", "http://0.0.0.0/")) {
            postUrl(url).statusCode(400).contentType("application/problem+json").body("field", equalTo("url"))
                    .body("detail", containsString("Will not fetch"));
        }
    }

    @Test
    void aRedirectToAPrivateAddressIsRefused() {
        site.redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/");
        postUrl(site.url("/to-metadata")).statusCode(400).body("detail", containsString("169.254.169.254"));
    }

    @Test
    void aUrlThatIsNotHttpIsA400() {
        postUrl("file:///etc/passwd").statusCode(400).body("field", equalTo("url"));
        given().header("Authorization", KEY).contentType("application/json").body("{}").post("/api/articles/url")
                .then().statusCode(400).body("field", equalTo("url"));
    }

    @Test
    void fetchingAUrlNeedsTheApiKey() {
        given().contentType("application/json").body("{\"url\": \"" + site.url("/x") + "\"}").post("/api/articles/url")
                .then().statusCode(401);
    }
}
