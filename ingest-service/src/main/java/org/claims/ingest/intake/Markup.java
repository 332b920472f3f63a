package org.claims.ingest.intake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Page furniture recognised by markup (tags, ARIA roles, class and id words), from {@code furniture/markup.txt}. */
final class Markup {
    /** Containers of the article itself: never dropped for a class word such as "has-comments". */
    private static final Set<String> CONTAINERS = Set.of("html", "body", "main", "article");
    private final Set<String> tags = new HashSet<>();
    private final Set<String> roles = new HashSet<>();
    private final Set<String> words = new HashSet<>();
    private final List<String> compounds = new ArrayList<>();

    static Markup load() {
        Markup m = new Markup();
        for (String line : Furniture.Resources.lines("furniture/markup.txt")) {
            int colon = line.indexOf(':');
            String kind = line.substring(0, colon).trim();
            for (String value : line.substring(colon + 1).trim().split("\\s+")) {
                switch (kind) {
                    case "tag" -> m.tags.add(value);
                    case "role" -> m.roles.add(value);
                    case "word" -> {
                        if (value.contains("-")) {
                            m.compounds.add(value.replace("-", ""));
                        } else {
                            m.words.add(value);
                        }
                    }
                    default -> throw new IllegalStateException("Unknown kind in furniture/markup.txt: " + line);
                }
            }
        }
        return m;
    }

    /** Tags as one jsoup selector, to drop them in one pass. */
    String tagSelector() {
        return String.join(", ", tags);
    }

    boolean isFurniture(Element e) {
        if (roles.contains(e.attr("role").toLowerCase(Locale.ROOT)) || e.hasAttr("hidden")
                || "true".equals(e.attr("aria-hidden")) || e.attr("style").replace(" ", "").contains("display:none")) {
            return true;
        }
        if (CONTAINERS.contains(e.normalName()) || e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody")) {
            return false;
        }
        return hasWord(e.className()) || hasWord(e.id());
    }

    private boolean hasWord(String attribute) {
        if (attribute.isEmpty()) {
            return false;
        }
        String lower = attribute.toLowerCase(Locale.ROOT);
        for (String part : lower.split("[^a-z0-9]+")) {
            if (words.contains(part)) {
                return true;
            }
        }
        String squashed = lower.replaceAll("[^a-z0-9]+", "");
        return compounds.stream().anyMatch(squashed::contains);
    }
}
