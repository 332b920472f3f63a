package org.claims.query.persistence;

/** Orders extractor versions like "rules/1.10.0" numerically, so a newer extractor replaces an older one. */
public final class ExtractorVersions {
    private ExtractorVersions() {
    }

    public static int compare(String a, String b) {
        String[] x = numbers(a);
        String[] y = numbers(b);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? parse(x[i]) : 0;
            long q = i < y.length ? parse(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }

    private static String[] numbers(String v) {
        String s = v == null ? "" : v.substring(v.indexOf('/') + 1);
        return s.split("[.\\-]");
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
