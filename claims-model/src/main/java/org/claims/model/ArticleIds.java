package org.claims.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Content-derived identifiers. The same body (after Unicode normalisation and trimming) always yields the
 * same article id, so a re-post can never create a second article downstream.
 */
public final class ArticleIds {
    /** Cloned per call: cheaper than looking the algorithm up in the providers for every claim id. */
    private static final MessageDigest SHA256 = sha256();

    private ArticleIds() {
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    public static String of(String body) {
        String text = body == null ? "" : body;
        // most bodies arrive composed: the quick check spares a copy of the whole body
        String canonical = (Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC)).strip();
        return sha256Hex(canonical).substring(0, 16);
    }

    public static String sha256Hex(String text) {
        MessageDigest md;
        try {
            md = (MessageDigest) SHA256.clone();
        } catch (CloneNotSupportedException e) {
            md = sha256(); // a provider whose digest cannot be cloned
        }
        return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
