package org.claims.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

class ArticleRequestsTest {
    private final ArticleRequests requests = new ArticleRequests(new ObjectMapper(),
            Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void bytesJacksonTakesForUtf32AreMalformedJsonNotAnError() {
        // 00 xx 00 00 opens what Jackson reads as UTF-32 of an order it cannot decode (found by the fuzz test)
        byte[] body = {0x00, 0x41, 0x00, 0x00, 0x20, 0x7b};
        ProblemException e = assertThrows(ProblemException.class, () -> requests.read(body));
        assertEquals("malformed-json", e.problem().type().substring(e.problem().type().lastIndexOf(':') + 1));
    }
}
