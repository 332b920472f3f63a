package org.claims.ingest.fetch;

import org.claims.common.Problem;
import org.claims.common.ProblemException;

/** The problems a fetch on a client's behalf can end in, each naming the URL. */
public final class FetchProblems {
    private FetchProblems() {
    }

    public static ProblemException refused(String url, String why) {
        return new ProblemException(Problem.of(400, "url-refused", "URL refused",
                "Will not fetch " + url + ": " + why, "url"));
    }

    public static ProblemException invalid(String url, String why) {
        return new ProblemException(Problem.of(400, "invalid-request", "Invalid request",
                "Field 'url' " + why + ", got '" + abbreviate(url) + "'", "url"));
    }

    public static ProblemException unsupportedType(String url, String type) {
        return new ProblemException(Problem.of(415, "unsupported-media-type", "Unsupported media type",
                url + " answered with Content-Type '" + type + "', which is not a web page or a feed", "url"));
    }

    public static ProblemException upstream(String url, String why) {
        return new ProblemException(Problem.of(502, "upstream-error", "Bad gateway", "Fetching " + url + " failed: " + why, "url"));
    }

    public static ProblemException timeout(String url) {
        return new ProblemException(Problem.of(504, "upstream-timeout", "Gateway timeout",
                url + " did not answer in time", "url"));
    }

    private static String abbreviate(String v) {
        return v == null ? "" : v.length() > 80 ? v.substring(0, 80) + "..." : v;
    }
}
