package org.claims.ingest.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/** A fetched resource (status 200), or the server's word that it did not change (304, no body). */
public record Fetched(URI url, int status, String contentType, byte[] body, String etag, String lastModified) {

    public boolean notModified() {
        return status == 304;
    }

    /** The charset the server declared, or null to let the parser find it (meta tag, XML prolog, BOM). */
    public String charset() {
        return charsetOf(contentType);
    }

    static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    public static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String p = param.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring(8).replace("\"", "").trim();
                try {
                    return Charset.forName(name).name();
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
