package org.claims.query;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claims.model.Claim;
import org.claims.model.Measure;

/**
 * Articles in French and English with conflicting figures, sent through the real broker. Subjects carry a
 * token unique to the run, so tests filter on it and ignore what other test classes stored in the shared database.
 * <pre>
 * troops, present, Kursk:
 *   a1 (fr, Le Monde)   DoD 10 000 stated 2024-10-28     \ the same claim: counted once, articles = 2
 *   a2 (en, Reuters)    DoD 10 000 stated 2024-10-28     /
 *   a3 (en, BBC)        Ukrainian intelligence 11 000-12 000 stated 2024-11-04
 *   a4 (fr, Le Figaro)  DoD 11 000 stated 2024-11-18     (DoD's latest)
 *   a5 (fr, Libération) unattributed 3 000, no statedOn, published 2024-12-10
 * casualties, killed, Pokrovsk:
 *   a6 (en, AP)         Russian MoD 50 and Ukrainian army 200, both stated 2024-11-10
 * </pre>
 */
public final class AnalystScenario {
    public static final String DOD = "US Department of Defense";
    public static final String UKRAINE_INTEL = "Ukrainian intelligence";
    public final String token = "t" + Long.toString(System.nanoTime(), 36);
    public final String troops = "Troops " + token;
    public final String casualties = "Casualties " + token;
    public final List<Claim> claims = new ArrayList<>();
    public final List<String> articles = new ArrayList<>();
    public final java.util.Map<String, String> bodies = new java.util.HashMap<>();
    /** The second sentence of every body; a claim of a6 comes from it. */
    static final String SECOND = "Ukraine's army said 200 were killed.";

    public static AnalystScenario seed(ObjectMapper json) {
        AnalystScenario s = new AnalystScenario();
        s.story(json, "a1", "Le Monde", "fr", "2024-11-01", "Selon le Pentagone, 10 000 soldats sont à Koursk.",
                Measure.PRESENT, s.troops, 10000, 10000, DOD, "Kursk", "2024-10-28");
        s.story(json, "a2", "Reuters", "en", "2024-11-02", "The Pentagon said 10,000 troops are in Kursk.",
                Measure.PRESENT, s.troops, 10000, 10000, DOD, "Kursk", "2024-10-28");
        s.story(json, "a3", "BBC", "en", "2024-11-05", "Ukrainian intelligence put the number at 11,000 to 12,000.",
                Measure.PRESENT, s.troops, 11000, 12000, UKRAINE_INTEL, "Kursk", "2024-11-04");
        s.story(json, "a4", "Le Figaro", "fr", "2024-11-20", "Le Pentagone évoque désormais 11 000 soldats.",
                Measure.PRESENT, s.troops, 11000, 11000, DOD, "Kursk", "2024-11-18");
        s.story(json, "a5", "Libération", "fr", "2024-12-10", "Quelque 3 000 soldats seraient arrivés à Koursk.",
                Measure.PRESENT, s.troops, 3000, 3000, null, "Kursk", null);
        s.story(json, "a6", "AP", "en", "2024-11-11", "Russia's defence ministry said 50 were killed.",
                Measure.KILLED, s.casualties, 50, 50, "Russian Ministry of Defence", "Pokrovsk", "2024-11-10");
        String a6 = s.articles.get(5);
        s.claim(json, a6, s.bodies.get(a6).indexOf(SECOND), SECOND, "en",
                Measure.KILLED, s.casualties, 200, 200, "Ukrainian army", "Pokrovsk", "2024-11-10");
        s.awaitStored();
        return s;
    }

    /** Sends an article whose body holds the evidence after some context, and its claim. */
    public Claim story(ObjectMapper json, String name, String outlet, String language, String published, String evidence,
                       Measure measure, String subject, long low, long high, String source, String location, String statedOn) {
        String id = name + "-" + token;
        String prefix = "Context paragraph for " + name + ". ";
        String body = prefix + evidence + " " + SECOND + "\nMore text follows.";
        Fixtures.send(json, Fixtures.article(id, outlet, language, published, body));
        articles.add(id);
        bodies.put(id, body);
        // as extract-service does, the claim repeats its article's day and outlet
        Claim c = Fixtures.claim(id, prefix.length(), measure, subject, low, high, source, location,
                statedOn == null ? null : LocalDate.parse(statedOn), language, evidence)
                .withArticle(LocalDate.parse(published), outlet);
        Fixtures.send(json, c);
        claims.add(c);
        return c;
    }

    public Claim claim(ObjectMapper json, String articleId, int start, String evidence, String language, Measure measure,
                       String subject, long low, long high, String source, String location, String statedOn) {
        Claim c = Fixtures.claim(articleId, start, measure, subject, low, high, source, location,
                statedOn == null ? null : LocalDate.parse(statedOn), language, evidence);
        Fixtures.send(json, c);
        claims.add(c);
        return c;
    }

    /** Articles and claims travel on different topics: wait until every claim is stored and joined to its article. */
    public void awaitStored() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String a : articles) {
                int expected = (int) claims.stream().filter(c -> c.articleId().equals(a)).count();
                given().get("/api/articles/" + a).then().statusCode(200).body("claims.size()", equalTo(expected));
            }
        });
    }
}
