package org.claims.query.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.claims.model.Article;
import org.claims.model.Claim;
import org.claims.model.Measure;
import org.claims.model.Qualifier;
import org.claims.query.Fixtures;
import org.claims.testsupport.KafkaTestResource;
import org.claims.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ClaimExportTest {
    @Inject
    ObjectMapper json;

    private Claim range(String articleId, String evidence) {
        Claim c = Fixtures.claim(articleId, 5, Measure.PRESENT, "North Korean soldiers", 11000, 12001,
                "Ukrainian intelligence", "Kursk", LocalDate.parse("2024-11-04"), "en", evidence);
        return new Claim(c.claimId(), c.articleId(), c.extractor(), c.language(), c.measure(), c.subject(),
                new Claim.Quantity(11000, 12001, Qualifier.RANGE, "11,000 to 12,000"), c.location(),
                new Claim.Source("Ukrainian intelligence", "Kyiv's intelligence", "Kyrylo Budanov"), c.statedOn(), true,
                c.evidence(), LocalDate.parse("2024-11-05"), "BBC");
    }

    private void store(String articleId, int claims) {
        Fixtures.send(json, new Article(articleId, "https://example.org/" + articleId, "BBC", "t", "body", "en",
                "2024-11-05", null));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/articles/" + articleId).then()
                .statusCode(200).body("claims.size()", equalTo(claims)));
    }

    @Test
    void csvHasTheContractsColumnsBestFigureAndRfc4180Quoting() {
        String a = "csv-" + System.nanoTime();
        Claim c = range(a, "Kyiv said \"11,000 to 12,000\"\nwere there.");
        Fixtures.send(json, c);
        store(a, 1);
        String body = given().queryParam("format", "csv").queryParam("articleId", a).get("/api/claims/export")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(body).isEqualTo(ClaimExportResource.CSV_HEADER + "\r\n" + c.claimId() + "," + a
                + ",present,North Korean soldiers,11000,11500.5,12001,range,Ukrainian intelligence,Kyrylo Budanov,Kursk,"
                + "2024-11-04,2024-11-05,BBC,https://example.org/" + a + ",true,"
                + "\"Kyiv said \"\"11,000 to 12,000\"\"\nwere there.\"\r\n");
    }

    @Test
    void ndjsonStreamsEveryMatchingClaimPastThePageAndFetchSizes() throws Exception {
        String a = "ndjson-" + System.nanoTime();
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i <= 1200; i++) {
                Claim c = i < 1200 ? Fixtures.claim(a, "rules/1.0.0", i * 20, Measure.KILLED, 10 + i, null, null, null, "en", "x")
                        : Fixtures.claim(a, "rules/1.0.0", 99_999, Measure.PRESENT, 5, null, null, null, "en", "y");
                producer.send(new ProducerRecord<>("claims", a, json.writeValueAsString(c)));
            }
        }
        store(a, 1201);
        String body = given().queryParam("format", "ndjson").queryParam("articleId", a).queryParam("measure", "killed")
                .get("/api/claims/export").then().statusCode(200).contentType("application/x-ndjson").extract().asString();
        List<String> lines = body.lines().toList();
        assertThat(lines).hasSize(1200);
        assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("{").endsWith("}").contains("\"measure\":\"killed\"")
                .contains("\"articleId\":\"" + a + "\""));
    }

    @Test
    void anUnknownFormatIsA400NamingIt() {
        given().queryParam("format", "xlsx").get("/api/claims/export").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("format"));
    }

    @Test
    void aBadFilterIsA400BeforeAnyRowIsSent() {
        given().queryParam("format", "csv").queryParam("measure", "shot").get("/api/claims/export").then()
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("measure"));
    }
}
