package org.claims.engine.text;

import java.text.Normalizer;

/**
 * Lower-cases and strips accents one char at a time, so the folded copy keeps the exact offsets of the
 * original and every match found in it maps back to the body without bookkeeping.
 */
public final class Folding {
    private static final char[] TABLE = new char[0x250];

    static {
        for (char c = 0; c < TABLE.length; c++) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            TABLE[c] = Character.toLowerCase(d.charAt(0));
        }
        TABLE['\u00a0'] = ' ';
        TABLE['\u00ab'] = '"';
        TABLE['\u00bb'] = '"';
        TABLE['\u00df'] = 's';
        TABLE['\u0153'] = 'o';
        TABLE['\u0152'] = 'o';
        TABLE['\u00e6'] = 'a';
        TABLE['\u00c6'] = 'a';
    }

    private Folding() {
    }

    public static char fold(char c) {
        if (c < TABLE.length) {
            return TABLE[c];
        }
        switch (c) {
            case '\u2019', '\u2018', '\u02bc', '\u2032' -> {
                return '\'';
            }
            case '\u201c', '\u201d', '\u201e', '\u2033' -> {
                return '"';
            }
            case '\u202f', '\u2009', '\u2007', '\u2008', '\u200a', '\u2002', '\u2003' -> {
                return ' ';
            }
            case '\u2013', '\u2014', '\u2011', '\u2010', '\u2212' -> {
                return '-';
            }
            default -> {
                return Character.toLowerCase(c);
            }
        }
    }

    public static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }
}
