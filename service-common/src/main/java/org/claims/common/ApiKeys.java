package org.claims.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;

/**
 * A set of accepted bearer keys. Comparison is constant-time over SHA-256 digests so neither the content
 * nor the length of a key leaks through timing; keys are never logged or printed by this class.
 */
public final class ApiKeys {
    private final List<byte[]> digests;

    private ApiKeys(List<byte[]> digests) {
        this.digests = digests;
    }

    /** Parses a comma-separated list; blanks are ignored. An empty list accepts nothing. */
    public static ApiKeys parse(String commaSeparated) {
        if (commaSeparated == null) {
            return new ApiKeys(List.of());
        }
        return new ApiKeys(Arrays.stream(commaSeparated.split(","))
                .map(String::trim).filter(k -> !k.isEmpty()).map(ApiKeys::digest).toList());
    }

    public boolean isEmpty() {
        return digests.isEmpty();
    }

    /** True when the Authorization header carries one of the keys as a bearer token. */
    public boolean acceptsAuthorization(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] candidate = digest(header.substring(7).trim());
        boolean ok = false;
        for (byte[] d : digests) {
            ok |= MessageDigest.isEqual(d, candidate);
        }
        return ok;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
