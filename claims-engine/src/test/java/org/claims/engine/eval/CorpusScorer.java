package org.claims.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.claims.engine.ClaimExtractor;
import org.claims.model.Article;
import org.claims.model.Claim;
import org.claims.model.Measure;
import org.claims.model.Qualifier;

/** The scoring rules of ../shared/eval/score.py, applied in-process to a labelled corpus. */
public final class CorpusScorer {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final List<String> FIELDS = List.of("source", "location", "statedOn", "qualifier", "subject");

    public int tp;
    public int fp;
    public int fn;
    public final Map<String, int[]> attr = new LinkedHashMap<>();
    public final List<String> problems = new ArrayList<>();

    public CorpusScorer() {
        FIELDS.forEach(f -> attr.put(f, new int[2]));
    }

    public static List<JsonNode> load(Path file) {
        try {
            List<JsonNode> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void score(ClaimExtractor engine, JsonNode c) {
        String lang = c.path("lang").isTextual() ? c.path("lang").asText() : null;
        String pub = c.path("publishedAt").isTextual() ? c.path("publishedAt").asText() : null;
        String title = c.path("title").isTextual() ? c.path("title").asText() : null;
        Article article = new Article(null, null, null, title, c.path("body").asText(), lang, pub, null);
        List<Claim> scored = new ArrayList<>();
        for (Claim p : engine.extract(article)) {
            if (p.measure() != Measure.OTHER && p.quantity().qualifier() != Qualifier.VAGUE) {
                scored.add(p);
            }
        }
        String id = c.path("id").asText();
        Set<Integer> used = new HashSet<>();
        Set<String> matchedKeys = new HashSet<>();
        for (JsonNode g : c.path("gold")) {
            String key = key(g.path("measure").asText(), g.path("low").asLong(), g.path("high").asLong());
            int best = -1;
            int bestAgree = -1;
            for (int i = 0; i < scored.size(); i++) {
                Claim p = scored.get(i);
                if (used.contains(i) || !key.equals(key(p))) {
                    continue;
                }
                int agree = (aliasOk(g.path("source"), source(p)) ? 1 : 0) + (aliasOk(g.path("location"), location(p)) ? 1 : 0);
                if (agree > bestAgree) {
                    best = i;
                    bestAgree = agree;
                }
            }
            if (best < 0) {
                if (g.path("optional").asBoolean(false)) {
                    matchedKeys.add(key);
                    continue;
                }
                fn++;
                problems.add(id + " MISSED " + g);
                continue;
            }
            used.add(best);
            matchedKeys.add(key);
            tp++;
            Claim p = scored.get(best);
            if (g.path("source").size() > 0) {
                count("source", aliasOk(g.path("source"), source(p)), id, g, "" + p.source());
            }
            if (g.path("location").size() > 0) {
                count("location", aliasOk(g.path("location"), location(p)), id, g, "" + p.location());
            }
            if (g.path("statedOn").isTextual()) {
                count("statedOn", g.path("statedOn").asText().equals(Objects.toString(p.statedOn())), id, g, "" + p.statedOn());
            }
            count("qualifier", g.path("qualifier").asText().equals(p.quantity().qualifier().wire()), id, g,
                    p.quantity().qualifier().wire());
            if (g.path("subject").size() > 0) {
                String hay = norm(p.subject() == null ? "" : p.subject().name() + " " + p.subject().text());
                count("subject", aliasOk(g.path("subject"), hay), id, g, "" + p.subject());
            }
        }
        for (int i = 0; i < scored.size(); i++) {
            if (!used.contains(i) && !matchedKeys.contains(key(scored.get(i)))) {
                fp++;
                Claim p = scored.get(i);
                problems.add(id + " FALSE " + p.measure().wire() + " " + p.quantity() + " in: " + p.evidence().text());
            }
        }
    }

    private void count(String field, boolean ok, String id, JsonNode g, String got) {
        attr.get(field)[0] += ok ? 1 : 0;
        attr.get(field)[1]++;
        if (!ok) {
            problems.add(id + " WRONG " + field + " got=" + got + " gold=" + g);
        }
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Accuracy of a field over matched pairs, or -1 when no gold gives it. */
    public double accuracy(String field) {
        int[] a = attr.get(field);
        return a[1] == 0 ? -1 : (double) a[0] / a[1];
    }

    public String table(String title) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%n== %s ==%n", title));
        sb.append(String.format("tp=%d fp=%d fn=%d  precision=%.3f recall=%.3f F1=%.3f%n", tp, fp, fn, precision(), recall(), f1()));
        sb.append(String.format("%-10s %8s %8s%n", "field", "correct", "accuracy"));
        for (String f : FIELDS) {
            int[] a = attr.get(f);
            sb.append(String.format("%-10s %4d/%-4d %8s%n", f, a[0], a[1], a[1] == 0 ? "-" : String.format("%.3f", accuracy(f))));
        }
        return sb.toString();
    }

    private static String key(String measure, long low, long high) {
        return measure + "|" + low + "|" + high;
    }

    private static String key(Claim p) {
        return key(p.measure().wire(), p.quantity().low(), p.quantity().high());
    }

    private static String source(Claim p) {
        Claim.Source s = p.source();
        return s == null ? "" : norm(String.join(" ", Objects.toString(s.name(), ""), Objects.toString(s.text(), ""),
                Objects.toString(s.person(), "")));
    }

    private static String location(Claim p) {
        Claim.Location l = p.location();
        return l == null ? "" : norm(Objects.toString(l.name(), "") + " " + Objects.toString(l.text(), "") + " "
                + Objects.toString(l.country(), "")); // as score.py, which reads the location's country too
    }

    private static boolean aliasOk(JsonNode aliases, String hay) {
        if (hay.isBlank()) {
            return false;
        }
        for (JsonNode a : aliases) {
            if (hay.contains(norm(a.asText()))) {
                return true;
            }
        }
        return false;
    }

    static String norm(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase();
        return d.replace('\u2019', '\'').replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
