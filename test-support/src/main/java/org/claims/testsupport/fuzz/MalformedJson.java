package org.claims.testsupport.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Article requests that break the contract in every way a client or an attacker might: wrong JSON types, deep
 * nesting, huge numbers, invalid UTF-8, duplicate keys, NUL, over-long strings, truncation and raw noise. Every
 * case is invalid, so a service must answer each with a 4xx and store nothing. Big cases are capped (a 10 MB
 * string is a separate, single test) so thousands of cases run in seconds.
 */
public final class MalformedJson {
    static final List<String> FIELDS = List.of("body", "title", "outlet", "url", "language", "publishedAt");

    private MalformedJson() {
    }

    /** A labelled case, printed when it fails. */
    public record Case(String kind, byte[] bytes) {
        @Override
        public String toString() {
            return kind + ": " + Fuzz.abbreviate(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    public static Arbitrary<Case> articles() {
        return Arbitraries.oneOf(wrongType(), deepNesting(), hugeNumber(), invalidUtf8(), duplicateKey(), nul(),
                longString(), truncated(), noise(), badValue());
    }

    private static String valid(String marker) {
        return "{\"body\":\"Selon la CGT, 3 000 manifestants ont défilé " + marker + ".\",\"language\":\"fr\","
                + "\"publishedAt\":\"2024-10-29\",\"title\":\"T\",\"outlet\":\"O\",\"url\":\"https://example.org/a\"}";
    }

    private static Case of(String kind, String json) {
        return new Case(kind, json.getBytes(StandardCharsets.UTF_8));
    }

    private static Arbitrary<String> markers() {
        return Arbitraries.strings().alpha().numeric().ofLength(12).map(s -> "fuzz-" + s);
    }

    private static Arbitrary<Case> wrongType() {
        Arbitrary<String> values = Arbitraries.of("123", "-0.5e10", "true", "false", "[]", "[\"a\"]", "{}", "{\"a\":1}");
        Arbitrary<Case> anyField = Combinators.combine(Arbitraries.of(FIELDS), values, markers())
                .as((field, value, m) -> withValue("wrong type of " + field, m, field, value));
        // null is a wrong type only where a value is required
        return Arbitraries.oneOf(anyField, markers().map(m -> withValue("null body", m, "body", "null")));
    }

    private static Case withValue(String kind, String marker, String field, String rawValue) {
        return of(kind, valid(marker).replaceFirst("\"" + field + "\":\"[^\"]*\"",
                java.util.regex.Matcher.quoteReplacement("\"" + field + "\":" + rawValue)));
    }

    private static Arbitrary<Case> deepNesting() {
        return Combinators.combine(Arbitraries.integers().between(100, 5000), Arbitraries.of("[", "{\"a\":"))
                .as((depth, open) -> of("nesting " + depth, "{\"body\":" + open.repeat(depth) + "1"
                        + (open.equals("[") ? "]" : "}").repeat(depth) + "}"));
    }

    private static Arbitrary<Case> hugeNumber() {
        return Combinators.combine(Arbitraries.of(FIELDS), Arbitraries.strings().numeric().ofMinLength(20).ofMaxLength(3000),
                        Arbitraries.of("", "e999999", ".5e-99999"))
                .as((field, digits, exp) -> withValue("huge number in " + field, "n", field, "1" + digits + exp));
    }

    private static Arbitrary<Case> invalidUtf8() {
        Arbitrary<byte[]> bad = Arbitraries.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80});
        return Combinators.combine(markers(), bad, Arbitraries.integers().between(1, 40)).as((m, b, at) -> {
            byte[] json = valid(m).getBytes(StandardCharsets.UTF_8);
            int cut = 9 + at;   // inside the body's text
            byte[] out = Arrays.copyOf(json, json.length + b.length);
            System.arraycopy(b, 0, out, cut, b.length);
            System.arraycopy(json, cut, out, cut + b.length, json.length - cut);
            return new Case("invalid UTF-8", out);
        });
    }

    private static Arbitrary<Case> duplicateKey() {
        return Combinators.combine(Arbitraries.of(FIELDS), markers())
                .as((field, m) -> of("duplicate " + field, valid(m).replace("{", "{\"" + field + "\":\"en\",")));
    }

    private static Arbitrary<Case> nul() {
        return Combinators.combine(markers(), Arbitraries.of("\\u0000", "\u0000"))
                .as((m, nul) -> of("NUL", valid(m).replace("CGT", "C" + nul + "GT")));
    }

    private static Arbitrary<Case> longString() {
        return Combinators.combine(Arbitraries.of("title", "outlet", "url", "language", "publishedAt"),
                        Arbitraries.integers().between(2001, 50_000), markers())
                .as((field, n, m) -> withValue("long " + field, m, field, "\"" + "x".repeat(n) + "\""));
    }

    private static Arbitrary<Case> truncated() {
        return Combinators.combine(markers(), Arbitraries.integers().between(0, 150))
                .as((m, n) -> of("truncated", valid(m).substring(0, Math.min(n, valid(m).length() - 1))));
    }

    private static Arbitrary<Case> noise() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(200)
                .filter(b -> b[0] != '{' && !new String(b, StandardCharsets.UTF_8).isBlank())
                .map(b -> new Case("noise", b));
    }

    private static Arbitrary<Case> badValue() {
        Arbitrary<String> dates = Arbitraries.of("2024-13-45", "2024-02-30", "yesterday", "99999-01-01", "2024-10-29T25:00:00Z");
        Arbitrary<String> languages = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)
                .filter(l -> !l.trim().equalsIgnoreCase("fr") && !l.trim().equalsIgnoreCase("en"));
        return Combinators.combine(markers(), dates, languages, Arbitraries.of(true, false)).as((m, date, lang, which) -> which
                ? of("bad date", valid(m).replace("2024-10-29", date))
                : of("bad language", valid(m).replace("\"language\":\"fr\"", "\"language\":\"" + lang + "\"")));
    }
}
