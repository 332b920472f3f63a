package org.claims.ingest.feeds;

import java.util.List;

/** RSS 2.0 and Atom documents listing the given links, newest first as sites publish them. */
final class Feeds {
    private Feeds() {
    }

    static String rss(String title, List<String> links) {
        StringBuilder items = new StringBuilder();
        for (int i = links.size() - 1; i >= 0; i--) {
            String link = links.get(i);
            items.append("<item><title>Article ").append(link.hashCode()).append("</title><link>").append(link)
                    .append("?utm_source=rss&amp;utm_medium=feed</link><guid isPermaLink=\"false\">").append(link.hashCode())
                    .append("</guid><pubDate>Wed, 13 Nov 2024 09:07:00 +0100</pubDate></item>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>%s</title><link>https://www.lequotidien.example/</link>
                <description>Toute l'actualité internationale</description>
                %s</channel></rss>
                """.formatted(title, items);
    }

    static String atom(String title, List<String> links) {
        StringBuilder entries = new StringBuilder();
        for (int i = links.size() - 1; i >= 0; i--) {
            String link = links.get(i);
            entries.append("<entry><title>Story</title><id>urn:story:").append(link.hashCode()).append("</id><link href=\"")
                    .append(link).append("\"/><updated>2024-11-13T09:07:00Z</updated></entry>\n");
        }
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>%s</title><id>urn:feed:%s</id>
                <updated>2024-11-13T09:07:00Z</updated>
                %s</feed>
                """.formatted(title, title.hashCode(), entries);
    }
}
