package org.claims.ingest.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.claims.common.Problem;
import org.claims.common.ProblemException;

/** Reads a request body but stops at the limit, so an oversized upload is refused without being buffered. */
final class BoundedBody {
    private BoundedBody() {
    }

    /** The body as text; bytes that are not UTF-8 are refused rather than silently replaced. */
    static String utf8(InputStream in, long limit) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(read(in, limit))).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(Problem.atPointer("invalid-request", "Invalid request", "Body is not valid UTF-8 text", ""));
        }
    }

    static byte[] read(InputStream in, long limit) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            byte[] buf = new byte[16384];
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > limit) {
                    throw ProblemException.tooLarge("Request body is larger than " + limit + " bytes");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw ProblemException.badRequest("body", "Request body could not be read");
        }
    }
}
