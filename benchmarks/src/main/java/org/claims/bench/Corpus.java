package org.claims.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.claims.model.Article;

/**
 * The fixed benchmark text: the seeds plus every body of the engine's labeled corpus, as copied into this jar at
 * build time (bench/seeds, bench/corpus), repeated until it reaches a target size. Reading the build-time copy
 * (not the live files) keeps one jar measuring one text, even while the engine team adds corpus lines.
 */
public final class Corpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Corpus() {
    }

    /** Distinct documents (seeds first, then corpus files in name order; repeated bodies dropped). */
    public static List<Article> documents() {
        Set<String> seen = new LinkedHashSet<>();
        List<Article> out = new ArrayList<>();
        try {
            JsonNode manifest = JSON.readTree(resource("bench/seeds/manifest.json"));
            for (JsonNode m : manifest) {
                String body = new String(resource("bench/seeds/" + m.get("file").asText()), StandardCharsets.UTF_8);
                add(out, seen, body, text(m, "language"), text(m, "publishedAt"), text(m, "title"));
            }
            for (String name : listResources("bench/corpus/", ".jsonl")) {
                for (String line : new String(resource(name), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        JsonNode n = JSON.readTree(line);
                        add(out, seen, text(n, "body"), text(n, "lang"), text(n, "publishedAt"), text(n, "title"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The documents repeated until their bodies reach minChars characters. Each copy gets its own id (the
     * services always pass an id, so the engine never hashes the body here either).
     */
    public static List<Article> repeated(int minChars) {
        List<Article> docs = documents();
        List<Article> out = new ArrayList<>();
        long chars = 0;
        for (int copy = 0; chars < minChars; copy++) {
            for (Article a : docs) {
                out.add(a.withId("bench-" + copy + "-" + out.size()));
                chars += a.body().length();
            }
        }
        return out;
    }

    /** Words as the summary counts them: maximal runs of non-whitespace. */
    public static long words(String text) {
        long n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean ws = Character.isWhitespace(text.charAt(i));
            if (!ws && !in) {
                n++;
            }
            in = !ws;
        }
        return n;
    }

    public static long words(List<Article> docs) {
        return docs.stream().mapToLong(a -> words(a.body())).sum();
    }

    public static long chars(List<Article> docs) {
        return docs.stream().mapToLong(a -> a.body().length()).sum();
    }

    private static void add(List<Article> out, Set<String> seen, String body, String lang, String publishedAt, String title) {
        if (body != null && !body.isBlank() && seen.add(body.strip())) {
            out.add(new Article(null, null, null, title, body, lang, publishedAt, null));
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is not on the class path: build with ./mvnw -pl benchmarks install");
            }
            return in.readAllBytes();
        }
    }

    /** Resource names under a prefix, whether this class runs from target/classes or from the shaded jar. */
    private static Set<String> listResources(String prefix, String suffix) throws IOException {
        Set<String> names = new TreeSet<>();
        Path root;
        try {
            root = Path.of(Corpus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if (Files.isDirectory(root)) {
            Path dir = root.resolve(prefix);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.map(p -> prefix + p.getFileName()).filter(n -> n.endsWith(suffix)).forEach(names::add);
                }
            }
        } else {
            try (JarFile jar = new JarFile(root.toFile())) {
                jar.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(prefix) && n.endsWith(suffix) && n.indexOf('/', prefix.length()) < 0)
                        .forEach(names::add);
            }
        }
        return names;
    }
}
