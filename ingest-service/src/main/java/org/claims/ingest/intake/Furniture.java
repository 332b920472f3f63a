package org.claims.ingest.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines of page furniture that sit among an article's paragraphs ("Lire aussi : ...", "Par Jean Dupont",
 * "Photo : AFP"), per language, read from {@code furniture/<language>.txt}.
 */
final class Furniture {
    /** Furniture lines are short; a longer paragraph is article text whatever it starts with. */
    static final int MAX_LENGTH = 220;
    private final Set<String> exact = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();
    private final List<Pattern> patterns = new ArrayList<>();

    static Furniture of(String... languages) {
        Furniture f = new Furniture();
        for (String language : languages) {
            for (String line : Resources.lines("furniture/" + language + ".txt")) {
                f.add(line);
            }
        }
        return f;
    }

    private void add(String line) {
        String body = line.substring(1).trim();
        switch (line.charAt(0)) {
            case '=' -> exact.add(fold(body));
            case '^' -> prefixes.add(fold(body));
            case '~' -> patterns.add(Pattern.compile(body, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            default -> throw new IllegalStateException("Furniture entry must start with =, ^ or ~: " + line);
        }
    }

    boolean matches(String paragraph) {
        String p = paragraph.strip();
        if (p.length() > MAX_LENGTH) {
            return false;
        }
        String folded = fold(p.replaceFirst("^[\\p{So}\\p{Pd}»>•▶►|]+\\s*", ""));
        if (exact.contains(folded.replaceFirst("[\\s\\p{P}]+$", ""))) {
            return true;
        }
        for (String prefix : prefixes) {
            if (folded.startsWith(prefix)) {
                return true;
            }
        }
        for (Pattern pattern : patterns) {
            if (pattern.matcher(p).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Lower case with typographic apostrophes made plain, so lists need one spelling. */
    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    /** Non-comment, non-blank lines of a UTF-8 resource. */
    static final class Resources {
        private Resources() {
        }

        static List<String> lines(String name) {
            InputStream in = Furniture.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        lines.add(line.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return lines;
        }
    }
}
