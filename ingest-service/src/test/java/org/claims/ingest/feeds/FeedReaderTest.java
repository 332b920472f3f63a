package org.claims.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.claims.common.ProblemException;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
    private static final List<String> LINKS = List.of("https://news.example/older", "https://news.example/newer");

    private static FeedReader.Document read(String xml) {
        return FeedReader.read("https://news.example/feed", xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rssItemsComeOldestFirstWithoutTrackingParameters() {
        FeedReader.Document feed = read(Feeds.rss("Le Quotidien", LINKS));

        assertThat(feed.title()).isEqualTo("Le Quotidien");
        assertThat(feed.items()).extracting(FeedReader.Item::key).containsExactlyElementsOf(LINKS);
        assertThat(feed.items().get(0).publishedAt()).isEqualTo("2024-11-13T08:07:00Z");
    }

    @Test
    void atomEntriesAreReadLikeRssItems() {
        assertThat(read(Feeds.atom("L'Hebdo", LINKS)).items()).extracting(FeedReader.Item::link).containsExactlyElementsOf(LINKS);
    }

    @Test
    void onlyTrackingParametersAndFragmentsLeaveAnItemKey() {
        assertThat(FeedReader.key("https://a.example/x?id=3&utm_source=rss&xtor=RSS-1#top")).isEqualTo("https://a.example/x?id=3");
    }

    @Test
    void aDocumentThatIsNotAFeedIsA502() {
        assertThatThrownBy(() -> read("<html><body>Not a feed</body></html>")).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(502));
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsExpanded() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
        assertThatThrownBy(() -> read(xxe)).isInstanceOf(ProblemException.class);
    }
}
