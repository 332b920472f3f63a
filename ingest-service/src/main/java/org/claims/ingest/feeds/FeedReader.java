package org.claims.ingest.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claims.common.Problem;
import org.claims.common.ProblemException;

/** RSS 2.0 and Atom documents (and RSS 0.9x/1.0, which ROME also reads) into their items, oldest first. */
final class FeedReader {
    /** An item: the page it links to, and what the feed says of it. */
    record Item(String key, String link, String title, String publishedAt) {
    }

    /** The feed's own title (a fallback outlet) and its items. */
    record Document(String title, List<Item> items) {
    }

    private FeedReader() {
    }

    static Document read(String url, byte[] xml) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(xml)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new ProblemException(Problem.of(502, "upstream-error", "Bad gateway",
                    url + " is not an RSS or Atom feed: " + e.getMessage(), "url"));
        }
        List<Item> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = link(url, entry);
            String key = link != null ? key(link) : entry.getUri();
            if (key != null && link != null) {
                items.add(new Item(key, link, entry.getTitle(), day(entry.getPublishedDate(), entry.getUpdatedDate())));
            }
        }
        Collections.reverse(items);   // feeds list the newest first; ingest in publication order
        return new Document(feed.getTitle(), items);
    }

    private static String link(String feedUrl, SyndEntry entry) {
        String link = entry.getLink();
        if ((link == null || link.isBlank()) && entry.getLinks() != null && !entry.getLinks().isEmpty()) {
            link = entry.getLinks().get(0).getHref();
        }
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            return URI.create(feedUrl).resolve(link.trim()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The link without fragment and tracking parameters: one story linked from two feeds is one item. */
    static String key(String link) {
        String noFragment = link.split("#", 2)[0];
        int q = noFragment.indexOf('?');
        if (q < 0) {
            return noFragment;
        }
        String query = Stream.of(noFragment.substring(q + 1).split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith("utm_") && !p.startsWith("xtor=") && !p.startsWith("at_"))
                .collect(Collectors.joining("&"));
        return noFragment.substring(0, q) + (query.isEmpty() ? "" : "?" + query);
    }

    private static String day(Date published, Date updated) {
        Date d = published != null ? published : updated;
        return d == null ? null : d.toInstant().toString();
    }
}
