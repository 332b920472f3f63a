package org.claims.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.claims.testsupport.KafkaTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class FeedResourceTest {
    static final String KEY = "Bearer test-key";

    private static ValidatableResponse subscribe(String json) {
        return given().header("Authorization", KEY).contentType("application/json").body(json).post("/api/feeds").then();
    }

    private static String feedUrl() {
        return "http://127.0.0.1:9/rss-" + System.nanoTime() + ".xml";
    }

    @Test
    void aSubscriptionIsListedWithItsPollStateAndItsIdDerivesFromTheUrl() {
        String url = feedUrl();
        String id = subscribe("{\"url\": \"" + url + "\", \"intervalSeconds\": 600}").statusCode(201)
                .body("url", equalTo(url)).body("intervalSeconds", equalTo(600)).extract().path("id");
        subscribe("{\"url\": \"" + url + "\", \"intervalSeconds\": 600}").statusCode(201).body("id", equalTo(id));

        String feed = "feeds.find { it.id == '" + id + "' }";
        given().get("/api/feeds").then().statusCode(200).body(feed + ".url", equalTo(url))
                .body(feed + ".intervalSeconds", equalTo(600)).body(feed + ".status", equalTo("pending"))
                .body(feed + ".itemsSeen", equalTo(0)).body(feed + ".articlesAccepted", equalTo(0))
                .body(feed + ".lastPolledAt", nullValue()).body(feed + ".lastError", nullValue());
    }

    @Test
    void subscribingAgainChangesTheIntervalOfTheSameFeed() {
        String url = feedUrl();
        String id = subscribe("{\"url\": \"" + url + "\", \"intervalSeconds\": 600}").extract().path("id");
        subscribe("{\"url\": \"" + url + "\", \"intervalSeconds\": 900}").statusCode(201).body("id", equalTo(id));

        given().get("/api/feeds").then().body("feeds.findAll { it.id == '" + id + "' }.intervalSeconds", equalTo(java.util.List.of(900)));
    }

    @Test
    void anUnsubscribedFeedIsNoLongerListedAndASecondDeleteIs404() {
        String id = subscribe("{\"url\": \"" + feedUrl() + "\"}").statusCode(201).extract().path("id");

        given().header("Authorization", KEY).delete("/api/feeds/" + id).then().statusCode(204);
        given().get("/api/feeds").then().body("feeds.id", not(hasItem(id)));
        given().header("Authorization", KEY).delete("/api/feeds/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString(id));
    }

    @Test
    void feedWritesNeedTheApiKey() {
        given().contentType("application/json").body("{\"url\": \"" + feedUrl() + "\"}").post("/api/feeds").then().statusCode(401);
        given().delete("/api/feeds/0123456789abcdef").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aFeedOnAPrivateAddressIsRefused() {
        subscribe("{\"url\": \"http://10.0.0.1/rss\"}").statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("url"));
    }

    @Test
    void anIntervalBelowTheMinimumIsA400() {
        subscribe("{\"url\": \"" + feedUrl() + "\", \"intervalSeconds\": 0}").statusCode(400).body("field", equalTo("intervalSeconds"));
    }

    @Test
    void anIntervalOfTheWrongTypeIsA400NamingIt() {
        subscribe("{\"url\": \"" + feedUrl() + "\", \"intervalSeconds\": \"often\"}").statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("intervalSeconds"));
    }

    @Test
    void aMissingUrlIsA400() {
        subscribe("{\"intervalSeconds\": 300}").statusCode(400).body("field", equalTo("url"));
    }

    @Test
    void theOpenApiDocumentShowsPagesUrlsAndFeeds() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/feeds'.post.summary", containsString("Subscribe"))
                .body("paths.'/api/feeds/{id}'.delete.responses.'204'", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/articles/url'.post.requestBody.content.'application/json'", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/articles'.post.requestBody.content.'text/html'", org.hamcrest.Matchers.notNullValue());
    }
}
