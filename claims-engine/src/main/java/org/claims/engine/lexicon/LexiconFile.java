package org.claims.engine.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claims.engine.text.Folding;
import org.claims.engine.text.Token;
import org.claims.engine.text.Tokenizer;

/**
 * Reads the tab-separated lexicon format shared by the built-in resources and user gazetteers. Every line is
 * checked against the file's declared kinds: a wrong line stops loading with the file and line number,
 * since a silently skipped entry would only show up as a claim missed much later.
 */
public final class LexiconFile {
    private LexiconFile() {
    }

    /** The lines of a classpath resource (an absolute resource path). */
    static List<String> lines(String resource) {
        InputStream in = LexiconFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing lexicon resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Entry> resource(String resource, Map<String, Schema.Kind> kinds) {
        return parse(resource, lines(resource), kinds);
    }

    public static List<Entry> file(Path path, Map<String, Schema.Kind> kinds) {
        try {
            return parse(path.toString(), Files.readAllLines(path, StandardCharsets.UTF_8), kinds);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + path, e);
        }
    }

    /** name: how errors call the file. */
    public static List<Entry> parse(String name, List<String> lines, Map<String, Schema.Kind> kinds) {
        List<Entry> out = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String kind = cols[0].trim();
            Schema.Kind declared = kinds.get(kind);
            if (declared == null) {
                throw bad(name, n, "unknown kind '" + kind + "' (declared: " + new java.util.TreeSet<>(kinds.keySet()) + ")");
            }
            int filled = cols.length;
            while (filled > 0 && cols[filled - 1].isBlank()) {
                filled--;
            }
            if (cols.length > 4 || filled < declared.columns() || cols.length < 2 || cols[1].isBlank()) {
                throw bad(name, n, "kind '" + kind + "' needs " + declared.columns()
                        + " of the columns kind<TAB>pattern<TAB>value<TAB>extra, got '" + line + "'");
            }
            Entry e = entry(kind, cols[1].trim(), cols.length > 2 ? cols[2].trim() : "", cols.length > 3 ? cols[3].trim() : "");
            if (e == null) {
                throw bad(name, n, "pattern '" + cols[1] + "' has no word");
            }
            out.add(e);
        }
        return out;
    }

    private static IllegalStateException bad(String name, int line, String what) {
        return new IllegalStateException(name + " line " + line + ": " + what);
    }

    static Entry entry(String kind, String pattern, String value, String extra) {
        boolean prefix = pattern.endsWith("*");
        String p = prefix ? pattern.substring(0, pattern.length() - 1) : pattern;
        List<Token> toks = Tokenizer.tokenize(Folding.fold(p));
        if (toks.isEmpty()) {
            return null;
        }
        String[] words = toks.stream().map(Token::text).toArray(String[]::new);
        return new Entry(kind, pattern, words, prefix, value, extra);
    }
}
