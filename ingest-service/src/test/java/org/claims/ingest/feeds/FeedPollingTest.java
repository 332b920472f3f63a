package org.claims.ingest.feeds;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.claims.ingest.fetch.LocalSite;
import org.claims.ingest.intake.NewsPages;
import org.claims.testsupport.KafkaTestResource;
import org.claims.testsupport.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class FeedPollingTest {
    static final String KEY = "Bearer test-key";
    final LocalSite site = new LocalSite();
    final String run = Long.toString(System.nanoTime());
    @Inject
    FeedPoller poller;
    @Inject
    FeedScheduler scheduler;

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    void twoFeedsSharingAStoryPolledThriceAcrossARestartIngestEachStoryOnce() {
        story("shared").story("a1").story("b1");
        site.put("/feed-a.xml", "application/rss+xml", Feeds.rss("Le Quotidien", links("shared", "a1")));
        site.put("/feed-b.xml", "application/atom+xml", Feeds.atom("L'Hebdo", links("shared", "b1")));
        String a = subscribe(site.url("/feed-a.xml"));
        String b = subscribe(site.url("/feed-b.xml"));

        pollBoth(a, b);
        assertThat(storyArticles()).hasSize(3);

        story("a2");
        site.put("/feed-a.xml", "application/rss+xml", Feeds.rss("Le Quotidien", links("shared", "a1", "a2")));
        pollBoth(a, b);
        assertThat(storyArticles()).hasSize(4);
        assertThat(site.notModified("/feed-b.xml")).as("feed B unchanged: 304 to its ETag").isEqualTo(1);

        scheduler.restart();   // the poll state (seen items, ETags) now comes back from the feeds topic only
        story("b2");
        site.put("/feed-b.xml", "application/atom+xml", Feeds.atom("L'Hebdo", links("shared", "b1", "b2")));
        pollBoth(a, b);

        List<ConsumerRecord<String, String>> articles = storyArticles();
        assertThat(articles).hasSize(5);
        assertThat(articles.stream().map(ConsumerRecord::key).distinct()).hasSize(5);
        assertThat(site.notModified("/feed-a.xml")).as("feed A's ETag survived the restart").isEqualTo(1);
        for (String story : List.of("shared", "a1", "b1", "a2", "b2")) {
            assertThat(site.gets("/story-" + story)).as("fetches of " + story).isEqualTo(1);
        }
        given().get("/api/feeds").then().statusCode(200)
                .body("feeds.findAll { it.id == '" + a + "' || it.id == '" + b + "' }.sum { it.articlesAccepted }", equalTo(5))
                .body("feeds.findAll { it.id == '" + a + "' || it.id == '" + b + "' }.sum { it.itemsSeen }", equalTo(5))
                .body("feeds.find { it.id == '" + a + "' }.status", equalTo("ok"));
        unsubscribe(a);
        unsubscribe(b);
    }

    @Test
    void aFeedThatFailsIsReportedAndPolledLater() {
        String id = subscribe(site.url("/gone.xml"));

        await().atMost(Duration.ofSeconds(30)).until(() -> poller.pollAllOwned() >= 1 && polled(id));

        given().get("/api/feeds").then().body("feeds.find { it.id == '" + id + "' }.status", equalTo("error"))
                .body("feeds.find { it.id == '" + id + "' }.lastError", org.hamcrest.Matchers.containsString("404"));
        unsubscribe(id);
    }

    private FeedPollingTest story(String name) {
        site.put("/story-" + name, "text/html; charset=utf-8", NewsPages.french("Histoire " + name, List.of(
                "Selon la préfecture, 1 200 personnes ont manifesté samedi (" + name + " " + run + ").",
                "Les organisateurs en ont compté 3 000."), "2024-11-16", "https://www.lequotidien.example/" + run + "/" + name));
        return this;
    }

    private List<String> links(String... stories) {
        List<String> links = new ArrayList<>();
        for (String s : stories) {
            links.add(site.url("/story-" + s));
        }
        return links;
    }

    private static String subscribe(String url) {
        return given().header("Authorization", KEY).contentType("application/json")
                .body("{\"url\": \"" + url + "\", \"intervalSeconds\": 1}").post("/api/feeds")
                .then().statusCode(201).body("url", equalTo(url)).body("intervalSeconds", equalTo(1)).extract().path("id");
    }

    private static void unsubscribe(String id) {
        given().header("Authorization", KEY).delete("/api/feeds/" + id).then().statusCode(204);
    }

    /** One poll of both feeds (the first ones wait until this instance holds the feeds' partitions). */
    private void pollBoth(String a, String b) {
        String before = lastPolled(a) + lastPolled(b);
        await().atMost(Duration.ofSeconds(30)).until(() -> poller.pollAllOwned() >= 2
                && !(lastPolled(a) + lastPolled(b)).equals(before) && polled(a) && polled(b));
    }

    private static boolean polled(String id) {
        return lastPolled(id) != null;
    }

    private static String lastPolled(String id) {
        return given().get("/api/feeds").then().extract().path("feeds.find { it.id == '" + id + "' }.lastPolledAt");
    }

    private List<ConsumerRecord<String, String>> storyArticles() {
        return TopicProbe.readAll("articles").stream().filter(r -> r.value().contains("lequotidien.example/" + run + "/")).toList();
    }
}
