package org.claims.ingest.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * The article's own paragraphs out of a page: furniture elements dropped by markup, the container holding the
 * most paragraph text chosen, its blocks read in order, furniture lines dropped by wording. Paragraphs are
 * joined with one newline each, as the extraction engine splits sentences on newlines.
 */
final class MainText {
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "div", "section", "td", "dd", "dt", "article", "main", "ul", "ol", "table", "tr", "header");
    private final Markup markup;

    MainText(Markup markup) {
        this.markup = markup;
    }

    /** Reads (and prunes) the document; call after its metadata was taken. */
    String read(Document doc, Furniture furniture) {
        doc.select(markup.tagSelector()).remove();
        for (Element e : doc.body().select("*")) {
            if (e.parent() != null && markup.isFurniture(e)) {
                e.remove();
            }
        }
        for (Element br : doc.select("br")) {
            br.replaceWith(new TextNode("\n"));
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element block : leafBlocks(root(doc))) {
            for (String line : block.wholeText().split("\n")) {
                // HTML collapses ASCII white space only: no-break spaces (as in "10\u00a0000") stay as the page has them
                String text = line.replaceAll("[ \\t\\n\\r\\f]+", " ").strip();
                boolean repeated = !paragraphs.isEmpty() && paragraphs.get(paragraphs.size() - 1).equals(text);
                if (!text.isEmpty() && !repeated && !furniture.matches(text)) {
                    paragraphs.add(text);
                }
            }
        }
        return String.join("\n", paragraphs);
    }

    /** The article body: schema.org's articleBody when marked, else the article or main element, else body. */
    private static Element root(Document doc) {
        Element marked = doc.selectFirst("[itemprop=articleBody]");
        if (marked != null) {
            return marked;
        }
        Element best = null;
        for (Element candidate : doc.select("article, main, [role=main]")) {
            if (best == null || paragraphText(candidate) > paragraphText(best)) {
                best = candidate;
            }
        }
        return best != null && paragraphText(best) > 0 ? best : doc.body();
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    /** Blocks holding no other block: each is one paragraph of text (or several, split at line breaks). */
    private static List<Element> leafBlocks(Element root) {
        List<Element> out = new ArrayList<>();
        Elements all = root.select("*");
        for (Element e : all) {
            if (BLOCKS.contains(e.normalName()) && e.children().stream().noneMatch(MainText::containsBlock)) {
                out.add(e);
            }
        }
        if (out.isEmpty()) {
            out.add(root);
        }
        return out;
    }

    private static boolean containsBlock(Element e) {
        return BLOCKS.contains(e.normalName()) || e.children().stream().anyMatch(MainText::containsBlock);
    }
}
