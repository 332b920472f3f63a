package org.claims.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.claims.testsupport.KafkaTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class BadInputTest {

    private static RequestSpecification authorized() {
        return given().header("Authorization", "Bearer test-key");
    }

    @Test
    void missingApiKeyIsUnauthorized() {
        given().contentType("application/json").body("{\"body\": \"x\"}").post("/api/articles")
                .then().statusCode(401).contentType("application/problem+json").body("field", equalTo("Authorization"));
    }

    @Test
    void wrongApiKeyIsUnauthorized() {
        given().header("Authorization", "Bearer nope").contentType("application/json").body("{\"body\": \"x\"}")
                .post("/api/articles").then().statusCode(401).body("detail", not(containsString("test-key")));
    }

    @Test
    void malformedJsonIsA400NamingTheProblem() {
        authorized().contentType("application/json").body("{\"body\": ").post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON")).body("detail", containsString("not valid JSON"));
    }

    @Test
    void wrongJsonTypeNamesTheField() {
        authorized().contentType("application/json").body("{\"body\": \"text\", \"title\": {\"a\": 1}}").post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("title"));
    }

    @Test
    void aNumberWhereTheContractSaysTextIsAWrongTypeAtItsPointer() {
        authorized().contentType("application/json").body("{\"body\": 123}").post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("pointer", equalTo("/body")).body("detail", equalTo("Field 'body' has the wrong JSON type"));
    }

    @Test
    void aBooleanInAnOptionalTextFieldIsAWrongTypeAtItsPointer() {
        authorized().contentType("application/json").body("{\"body\": \"b\", \"outlet\": true}").post("/api/articles")
                .then().statusCode(400).body("pointer", equalTo("/outlet"));
    }

    @Test
    void aJsonArrayInsteadOfAnObjectPointsAtTheWholeBody() {
        authorized().contentType("application/json").body("[{\"body\": \"b\"}]").post("/api/articles")
                .then().statusCode(400).body("pointer", equalTo("")).body("detail", equalTo("Body must be a JSON object"));
    }

    @Test
    void aKeyGivenTwiceIsA400() {
        authorized().contentType("application/json").body("{\"body\": \"a\", \"body\": \"b\"}").post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("Duplicate field 'body'"));
    }

    @Test
    void aNulCharacterInTheBodyIsA400AtItsPointer() {
        authorized().contentType("application/json").body("{\"body\": \"a\\u0000b\"}").post("/api/articles")
                .then().statusCode(400).body("pointer", equalTo("/body")).body("detail", containsString("NUL"));
    }

    @Test
    void emptyBodyIsA400() {
        authorized().contentType("application/json").body("").post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json").body("pointer", equalTo(""));
    }

    @Test
    void articleWithoutBodyFieldIsA400() {
        authorized().contentType("application/json").body("{\"title\": \"no body\"}").post("/api/articles")
                .then().statusCode(400).body("field", equalTo("body"));
    }

    @Test
    void invalidPublishedAtIsA400() {
        authorized().contentType("application/json").body("{\"body\": \"b\", \"publishedAt\": \"13/11/2024\"}")
                .post("/api/articles").then().statusCode(400).body("field", equalTo("publishedAt"))
                .body("pointer", equalTo("/publishedAt")).body("detail", containsString("must be an ISO date"));
    }

    @Test
    void unsupportedLanguageIsA400() {
        authorized().contentType("application/json").body("{\"body\": \"b\", \"language\": \"de\"}")
                .post("/api/articles").then().statusCode(400).body("field", equalTo("language"))
                .body("pointer", equalTo("/language")).body("detail", equalTo("Field 'language' must be 'fr' or 'en'"));
    }

    @Test
    void bodyOverOneMebibyteIsA413() {
        authorized().contentType("text/plain").body("a".repeat(1024 * 1024 + 1)).post("/api/articles")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aDeclaredBodyBeyondTheTransportLimitIsRefusedAsProblemJsonBeforeItIsSent() throws Exception {
        // headers only: the answer must come from the declared length, without waiting for 100 MB
        try (Socket s = new Socket("localhost", RestAssured.port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("POST /api/articles/batch HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer test-key\r\n"
                    + "Content-Type: application/x-ndjson\r\nContent-Length: 100000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = readUntilJsonEnds(s.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413")
                    .contains("application/problem+json").contains("\"field\":\"body\"");
        }
    }

    @Test
    void unsupportedMediaTypeIsA415() {
        authorized().contentType("application/xml").body("<article/>").post("/api/articles")
                .then().statusCode(415).contentType("application/problem+json");
    }

    private static String readUntilJsonEnds(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c = in.read(); c >= 0; c = in.read()) {
            b.append((char) c);
            if (c == '}') {
                break;
            }
        }
        return b.toString();
    }
}
