package org.claims.ingest.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.claims.common.ProblemException;

/**
 * A small JSON request body read by our own mapper, so that a wrong type or malformed JSON is answered by the
 * problem mappers with the JSON pointer of the field (the framework's entity reader would not name it).
 */
final class JsonBody {
    private static final int LIMIT = 64 * 1024;

    private JsonBody() {
    }

    static <T> T read(InputStream body, ObjectMapper json, Class<T> type, String what) throws IOException {
        byte[] bytes = BoundedBody.read(body, LIMIT);
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw ProblemException.badRequest("body", "Request body is empty: send " + what);
        }
        return json.readValue(bytes, type);
    }
}
