package org.claims.query.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.claims.model.Article;
import org.claims.model.Claim;
import org.claims.model.Measure;
import org.claims.model.Qualifier;
import org.claims.query.domain.ClaimFilter;
import org.claims.query.domain.Paging;
import org.claims.testsupport.PostgresTestResource;
import org.flywaydb.core.Flyway;

/**
 * The tables the writers keep give exactly what the full recomputation over every claim gives: random claim sets
 * over a small world (so facts repeat across articles and within one, their last day moves, sources disagree, newer
 * extractors replace older claims, articles re-date claims and batches are delivered again), written batch by batch
 * through the real write path into a database of their own on the real PostgreSQL.
 */
class AggregatesPropertyTest {
    private static final ClaimSearch.Where ALL = ClaimSearch.where(ClaimFilter.of(null, null, null, null, null, null, null, null));
    private static final Pattern PARAM = Pattern.compile("\\?(\\d+)");
    private static String url;

    /** One batch as a consumer receives it: claims, or articles (the other topic). */
    record Batch(List<Claim> claims, List<Article> articles) {
    }

    @BeforeContainer
    static void database() throws SQLException {
        String server = PostgresTestResource.jdbcUrl();
        try (Connection c = connect(server); Statement s = c.createStatement()) {
            s.execute("drop database if exists aggregates_property");
            s.execute("create database aggregates_property");
        }
        url = server.replaceFirst("/claims(\\?|$)", "/aggregates_property$1");
        Flyway.configure().dataSource(url, PostgresTestResource.username(), PostgresTestResource.password())
                .locations("classpath:db/migration").load().migrate();
    }

    @Property(tries = 200)
    void keptAggregatesEqualTheFullRecomputation(@ForAll("histories") List<Batch> history,
                                                 @ForAll("windows") int window) throws SQLException {
        try (Connection c = connect(url)) {
            try (Statement s = c.createStatement()) {
                s.execute("truncate claim, article, claim_fact, claim_series, series_line, claim_tally, fact_pair, series_pair_days,"
                        + " claim_name");
            }
            c.setAutoCommit(false);
            for (Batch b : history) {
                if (b.claims() != null) {
                    ClaimStore.storeClaims(c, b.claims());
                } else {
                    ClaimStore.storeArticles(c, b.articles());
                }
                c.commit();
            }
            assertThat(rows(c, SeriesQuery.MAINTAINED, "", 2000)).isEqualTo(rows(c, SeriesQuery.recomputed(ALL), 2000));
            assertThat(rows(c, SeriesQuery.MAINTAINED, "killed", 2000))
                    .isEqualTo(rows(c, SeriesQuery.recomputed(where("killed")), "killed", 2000));
            assertThat(rows(c, DisagreementQuery.KEPT, "", 500))
                    .isEqualTo(rows(c, DisagreementQuery.recomputed(ALL), 30, 500));
            assertThat(rows(c, DisagreementQuery.ofFacts(), "", window, 500))
                    .isEqualTo(rows(c, DisagreementQuery.recomputed(ALL), window, 500));
            if (window <= 30) {
                assertThat(rows(c, DisagreementQuery.NEAR, "", window, 500))
                        .isEqualTo(rows(c, DisagreementQuery.recomputed(ALL), window, 500));
            }
            assertThat(rows(c, "select series_key, days, n, gap from series_pair_days order by 1, 2"))
                    .isEqualTo(rows(c, "select series_key, days, count(*), max(gap) from fact_pair group by 1, 2 order by 1, 2"));
            assertThat(rows(c, "select fact_key, pair_days from claim_fact where pair_days is not null order by 1"))
                    .isEqualTo(rows(c, "select k, min(days) from (select x_fact as k, days from fact_pair"
                            + " union all select y_fact, days from fact_pair) u group by k order by 1"));
            assertThat(rows(c, "select count(*) from fact_pair p join claim_fact x on x.fact_key = p.x_fact"
                    + " join claim_fact y on y.fact_key = p.y_fact where p.days <> abs(x.last_day - y.last_day)"))
                    .isEqualTo(List.of(List.of(0L)));
            assertThat(rows(c, "select name, n from claim_tally where kind = 'measure' and n > 0 order by 1"))
                    .isEqualTo(rows(c, "select measure, count(*) from claim group by measure order by 1"));
            assertThat(rows(c, "select count(*) from claim_tally where kind = 'source' and n > 0"))
                    .isEqualTo(rows(c, "select count(distinct source_name) from claim"));
            assertThat(rows(c, "select sum(n) from claim_tally where kind = 'articles'"))
                    .isEqualTo(rows(c, "select nullif(count(*), 0) from article"));
            assertThat(rows(c, "select kind, key, hash::text, n from claim_name where n > 0 order by 1, 2"))
                    .isEqualTo(rows(c, RECOUNT));
            assertThat(rows(c, "select count(*) from claim_name where kind = 'evidence'"
                    + " and tsv is distinct from claim_evidence_tsv(key)")).isEqualTo(List.of(List.of(0L)));
            for (String q : List.of("soldats", "troops", "killed", "tués", "e", "zz")) {
                fullTextAnswersAsBefore(c, q);
            }
            for (String column : List.of("source", "location", "subject")) {
                for (String needle : List.of("", "e", "KYIV", "r", "troops", "ntag", "\u001f", "zz")) {
                    textFilterAnswersAsBefore(c, column, needle);
                }
            }
        }
    }

    /** Every claim's keys counted again from the claims. */
    private static final String RECOUNT = """
            select kind, key, md5(key)::uuid::text, count(*) from (
                select 'source' kind, claim_name_key(source_name, source_text) key from claim
                union all select 'location', claim_name_key(location_name, location_text) from claim
                union all select 'subject', claim_name_key(subject_name, subject_text) from claim
                union all select 'evidence', claim_name_key(language, evidence_text) from claim) x
            group by 1, 2 order by 1, 2""";

    /** What the full-text filter answered from every claim's search vector, counted and sorted. */
    private static void fullTextAnswersAsBefore(Connection c, String q) throws SQLException {
        String before = " from claim c where c.evidence_tsv @@ (case when c.language = 'en' then"
                + " plainto_tsquery('english', ?1) else plainto_tsquery('french', ?1) end)";
        List<List<Object>> keys = rows(c, ClaimNames.keys(ClaimNames.EVIDENCE), q);
        String hashes = String.join(",", keys.stream().map(k -> k.get(0).toString()).toList());
        for (Paging paging : List.of(new Paging(0, 3), new Paging(1, 2))) {
            assertThat(rows(c, ClaimNames.page(ClaimNames.EVIDENCE, paging), hashes)).as("q %s %s", q, paging)
                    .isEqualTo(rows(c, "select c.*" + before + " order by c.day desc nulls last, c.seq desc limit "
                            + paging.size() + " offset " + paging.offset(), q));
        }
        assertThat(List.of(List.of(keys.stream().mapToLong(k -> (Long) k.get(1)).sum())))
                .isEqualTo(rows(c, "select count(*)" + before, q));
    }

    /** What V6 answered: a substring of name and words of every claim, counted and sorted. */
    private static void textFilterAnswersAsBefore(Connection c, String column, String needle) throws SQLException {
        String like = ClaimSearch.like(needle);
        String before = " from claim c where (coalesce(c.%1$s_name, '') || chr(31) || coalesce(c.%1$s_text, ''))"
                .formatted(column) + " ilike ?1 escape '\\'";
        List<List<Object>> keys = rows(c, ClaimNames.keys(column), like);
        String hashes = String.join(",", keys.stream().map(k -> k.get(0).toString()).toList());
        for (Paging paging : List.of(new Paging(0, 3), new Paging(1, 2), new Paging(0, 50))) {
            assertThat(rows(c, ClaimNames.page(column, paging), hashes)).as("%s %s %s", column, needle, paging)
                    .isEqualTo(rows(c, "select c.*" + before + " order by c.day desc nulls last, c.seq desc limit "
                            + paging.size() + " offset " + paging.offset(), like));
        }
        assertThat(List.of(List.of(keys.stream().mapToLong(k -> (Long) k.get(1)).sum())))
                .isEqualTo(rows(c, "select count(*)" + before, like));
        // combined with another filter, the keys narrow the claims in SQL
        ClaimFilter f = ClaimFilter.of("killed", column.equals("source") ? needle : null,
                column.equals("location") ? needle : null, column.equals("subject") ? needle : null, null, null, null, null);
        ClaimSearch.Where w = ClaimSearch.where(f);
        String matched = needle.isBlank() ? " where c.measure = 'killed'" : " where c.measure = 'killed' and "
                + before.substring(before.indexOf(" where ") + 7).replace("?1", "?2");
        assertThat(rows(c, "select c.claim_id" + ClaimSearch.FROM + w.sql + " order by c.seq", w.params.toArray()))
                .isEqualTo(rows(c, "select c.claim_id from claim c" + matched + " order by c.seq", "killed",
                        ClaimSearch.like(needle.strip())));
    }

    @Provide
    Arbitrary<Integer> windows() {
        return Arbitraries.of(1, 10, 29, 30, 90);
    }

    @Provide
    Arbitrary<List<Batch>> histories() {
        return fact().list().ofMinSize(1).ofMaxSize(8).flatMap(facts -> {
            Arbitrary<Batch> claims = claim(facts).list().ofMinSize(1).ofMaxSize(6).map(l -> new Batch(l, null));
            Arbitrary<Batch> articles = article().list().ofMinSize(1).ofMaxSize(3).map(l -> new Batch(null, l));
            // at-least-once delivery: some batches come again at the end, whole
            return Arbitraries.frequencyOf(List.of(Tuple.of(4, claims), Tuple.of(1, articles))).list().ofMinSize(1)
                    .ofMaxSize(10).flatMap(h -> Arbitraries.of(h).list().ofMaxSize(2).map(again -> {
                        List<Batch> all = new ArrayList<>(h);
                        all.addAll(again);
                        return all;
                    }));
        });
    }

    private static Arbitrary<LocalDate> day() {
        return Arbitraries.of("2024-10-01", "2024-10-31", "2024-11-10", "2025-03-01").map(LocalDate::parse)
                .injectNull(0.3);
    }

    private static Arbitrary<String> articleId() {
        return Arbitraries.of("a1", "a2", "a3", "a4", "a5");
    }

    private static Arbitrary<Article> article() {
        return Combinators.combine(articleId(), day(), Arbitraries.of("Le Monde", "Reuters").injectNull(0.3))
                .as((id, day, outlet) -> new Article(id, null, outlet, "t", "body", "fr",
                        day == null ? null : day.toString(), null));
    }

    /** What makes claims the same fact, so a history can carry copies of it in several articles. */
    record Fact(Measure measure, String subject, String location, String source, long low, long high, LocalDate statedOn) {
    }

    private static Arbitrary<Fact> fact() {
        Arbitrary<Measure> measure = Arbitraries.of(Measure.PRESENT, Measure.KILLED);
        Arbitrary<String> subject = Arbitraries.of("troops", "civilians").injectNull(0.1);
        Arbitrary<String> location = Arbitraries.of("Kursk").injectNull(0.4);
        Arbitrary<String> source = Arbitraries.of("Pentagon", "Kyiv", "Seoul").injectNull(0.3);
        Arbitrary<long[]> figure = Combinators.combine(Arbitraries.of(100L, 200L, 1000L, 3000L), Arbitraries.of(0L, 50L, 2000L))
                .as((low, width) -> new long[]{low, low + width});
        // mostly undated, so a copy's publication day is the fact's day and can move its last day
        Arbitrary<LocalDate> stated = day().injectNull(0.5);
        return Combinators.combine(measure, subject, location, source, figure, stated)
                .as((m, s, l, src, f, d) -> new Fact(m, s, l, src, f[0], f[1], d));
    }

    /** A copy of one of these facts in some article, by some extractor, at some position. */
    private static Arbitrary<Claim> claim(List<Fact> facts) {
        Arbitrary<String> extractor = Arbitraries.of("rules/1.0.0", "rules/1.2.0", "rules/1.10.0");
        Arbitrary<Integer> start = Arbitraries.integers().between(0, 3);
        Arbitrary<String[]> said = Arbitraries.of(new String[]{"fr", "e"}, new String[]{"fr", "Des soldats ont été tués"},
                new String[]{"en", "Troops were killed"}, new String[]{"en", "Des soldats ont été tués"});
        return Combinators.combine(Arbitraries.of(facts), articleId(), extractor, start, day(), said)
                .as((f, a, x, at, published, w) -> new Claim(
                        Claim.idFor(a, x, at * 10, at * 10 + 5, f.measure(), f.low(), f.high()), a, x, w[0], f.measure(),
                        f.subject() == null ? null : new Claim.Subject(f.subject(), f.subject()),
                        new Claim.Quantity(f.low(), f.high(), f.low() == f.high() ? Qualifier.EXACT : Qualifier.RANGE, "n"),
                        f.location() == null ? null : new Claim.Location(f.location(), f.location()),
                        f.source() == null ? null : new Claim.Source(f.source(), f.source(), null), f.statedOn(), false,
                        new Claim.Evidence(w[1], at * 10, at * 10 + 5), published, "Outlet"));
    }

    private static ClaimSearch.Where where(String measure) {
        return ClaimSearch.where(ClaimFilter.of(measure, null, null, null, null, null, null, null));
    }

    private static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, PostgresTestResource.username(), PostgresTestResource.password());
    }

    /** Runs a query written for Hibernate (?1, ?2 ...) through JDBC; numbers, dates and id lists made comparable. */
    private static List<List<Object>> rows(Connection c, String sql, Object... params) throws SQLException {
        List<Object> bound = new ArrayList<>();
        Matcher m = PARAM.matcher(sql);
        while (m.find()) {
            bound.add(params[Integer.parseInt(m.group(1)) - 1]);
        }
        try (PreparedStatement ps = c.prepareStatement(PARAM.matcher(sql).replaceAll("?"))) {
            for (int i = 0; i < bound.size(); i++) {
                ps.setObject(i + 1, bound.get(i));
            }
            List<List<Object>> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        row.add(v instanceof Number n ? (Object) n.longValue()
                                : v instanceof String t && t.contains(",") ? new TreeSet<>(Arrays.asList(t.split(",")))
                                : v == null ? null : v.toString());
                    }
                    out.add(row);
                }
            }
            return out;
        }
    }
}
