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
import org.claims.engine.text.Folding;
import org.claims.engine.text.Token;
import org.claims.engine.text.Tokenizer;

/** Reads the tab-separated lexicon format shared by the built-in resources and user gazetteers. */
public final class LexiconFile {
    private LexiconFile() {
    }

    public static List<Entry> resource(String name) {
        InputStream in = LexiconFile.class.getResourceAsStream("/org/claims/engine/" + name);
        if (in == null) {
            throw new IllegalStateException("missing lexicon resource " + name);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Entry> file(Path path) {
        try {
            return parse(Files.readAllLines(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + path, e);
        }
    }

    public static List<Entry> parse(List<String> lines) {
        List<Entry> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 2 || cols[1].isBlank()) {
                continue;
            }
            Entry e = entry(cols[0].trim(), cols[1].trim(), cols.length > 2 ? cols[2].trim() : "",
                    cols.length > 3 ? cols[3].trim() : "");
            if (e != null) {
                out.add(e);
            }
        }
        return out;
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
