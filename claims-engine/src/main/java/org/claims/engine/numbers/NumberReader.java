package org.claims.engine.numbers;

import org.claims.engine.lexicon.Entry;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.text.Doc;
import org.claims.engine.text.Token;

/** Reads one number (digits with grouping, decimals with a scale word, or number words) at a token. */
final class NumberReader {
    /** value may be fractional here; the caller decides whether a fractional figure can count people. */
    record Read(double value, int next, boolean scaled, boolean grouped, boolean words) {
    }

    private static final int MAX_DIGITS = 13;
    private final Lexicons lex;

    NumberReader(Lexicons lex) {
        this.lex = lex;
    }

    Read read(Doc doc, int i, int limit) {
        Token t = doc.toks.get(i);
        if (t.isDigits()) {
            return digits(doc, i, limit);
        }
        Entry e = lex.numberWord(t.text());
        return e == null || e.kind().equals("joiner") || named(doc, i) ? null : words(doc, i, limit);
    }

    /** "a Form Four student", "the Chicago Seven": a capitalised number word right after a capitalised word ends a name. */
    private static boolean named(Doc doc, int i) {
        return i > 0 && doc.capitalized(i) && doc.capitalized(i - 1) && doc.gapIs(i - 1, i, ' ')
                && !doc.toks.get(i - 1).isDigits();
    }

    private Read digits(Doc doc, int i, int limit) {
        StringBuilder digits = new StringBuilder(doc.toks.get(i).text());
        int j = i + 1;
        boolean grouped = false;
        char sep = 0;
        if (digits.length() <= 3) {
            while (j < limit && doc.toks.get(j).isDigits() && doc.toks.get(j).text().length() == 3) {
                String gap = doc.gap(j - 1, j);
                if (gap.length() != 1 || " .,'\u2019".indexOf(gap.charAt(0)) < 0 || (sep != 0 && gap.charAt(0) != sep)) {
                    break;
                }
                if (gap.charAt(0) != ' ' && scaleAt(doc, j + 1, limit) > 0 && !grouped) {
                    break; // "1,500 million": a decimal, read below
                }
                sep = gap.charAt(0);
                digits.append(doc.toks.get(j).text());
                grouped = true;
                j++;
            }
        }
        if (digits.length() > MAX_DIGITS) {
            return null;
        }
        double value = Long.parseLong(digits.toString());
        if (j < limit && doc.toks.get(j).isDigits() && doc.toks.get(j).text().length() <= 3) {
            String gap = doc.gap(j - 1, j);
            if ((gap.equals(",") || gap.equals(".")) && gap.charAt(0) != sep) {
                String frac = doc.toks.get(j).text();
                value += Long.parseLong(frac) / Math.pow(10, frac.length());
                j++;
            }
        }
        long scale = scaleAt(doc, j, limit);
        if (scale > 0 && doc.blankBetween(doc.toks.get(j - 1).end(), doc.toks.get(j).start(), false)) {
            return new Read(value * scale, j + 1, true, grouped, false);
        }
        return new Read(value, j, false, grouped, false);
    }

    private long scaleAt(Doc doc, int j, int limit) {
        if (j >= limit) {
            return 0;
        }
        Entry e = lex.numberWord(doc.toks.get(j).text());
        return e != null && e.kind().equals("scale") ? e.longValue() : 0;
    }

    private Read words(Doc doc, int i, int limit) {
        long total = 0;
        long current = 0;
        int j = i;
        boolean onlyArticle = true;
        while (j < limit) {
            Entry e = lex.numberWord(doc.toks.get(j).text());
            if (e == null || (j > i && !wordGap(doc.gap(j - 1, j)))) {
                break;
            }
            String kind = e.kind();
            if (kind.equals("joiner")) {
                Entry next = j + 1 < limit ? lex.numberWord(doc.toks.get(j + 1).text()) : null;
                if (j == i || next == null || next.kind().equals("joiner") || next.kind().equals("scale")) {
                    break;
                }
                j++;
                continue;
            }
            if (kind.equals("article") && j > i && !lex.numberWord(doc.toks.get(j - 1).text()).kind().equals("joiner")) {
                break; // "cinq a Trans-en-Provence": an article only opens a number ("un million", "a thousand")
            }
            if (kind.equals("article") && j == i && !scaleNext(doc, j, limit)) {
                return null; // "monte a cinq morts": "a" is a preposition there, not "one"
            }
            if (kind.equals("half")) { // "half a million", "un demi-million", "two and a half million"
                int k = j + 1 < limit && wordGap(doc.gap(j, j + 1)) && isArticle(doc, j + 1) ? j + 1 : j;
                long scale = k + 1 < limit && wordGap(doc.gap(k, k + 1)) ? scaleValue(doc, k + 1) : 0;
                if (scale == 0) {
                    break;
                }
                total += current * scale + scale / e.longValue();
                current = 0;
                onlyArticle = false;
                j = k + 2;
                continue;
            }
            long v = e.longValue();
            if (kind.equals("unit") && !adds(current, v)) {
                j = j > i && lex.numberWord(doc.toks.get(j - 1).text()).kind().equals("joiner") ? j - 1 : j;
                break; // "two and nine" (two ages), "twenty twenty": two numbers, not one
            }
            switch (kind) {
                case "hundred" -> current = Math.max(current, 1) * v;
                case "scale" -> {
                    total += Math.max(current, 1) * v;
                    current = 0;
                }
                default -> current = (v == 20 && current % 100 == 4) ? current - 4 + 80 : current + v;
            }
            if (!kind.equals("article")) {
                onlyArticle = false;
            } else if (j > i && !onlyArticle) {
                onlyArticle = false;
            }
            j++;
        }
        if (onlyArticle || j == i) {
            return null;
        }
        return new Read(total + current, j, false, false, true);
    }

    /** Whether a unit word of value v continues a number read so far as current ("twenty one", "soixante-dix", "cent deux"). */
    private static boolean adds(long current, long v) {
        return current == 0 || current % 100 == 0 || current % 10 == 0 && v < 10 || current % 20 == 0 && v < 20
                || v == 20 && current % 100 == 4; // "quatre-vingts"
    }

    private boolean isArticle(Doc doc, int j) {
        Entry e = lex.numberWord(doc.toks.get(j).text());
        return e != null && e.kind().equals("article");
    }

    private long scaleValue(Doc doc, int j) {
        Entry e = lex.numberWord(doc.toks.get(j).text());
        return e != null && e.kind().equals("scale") ? e.longValue() : 0;
    }

    private boolean scaleNext(Doc doc, int j, int limit) {
        Entry next = j + 1 < limit && wordGap(doc.gap(j, j + 1)) ? lex.numberWord(doc.toks.get(j + 1).text()) : null;
        return next != null && (next.kind().equals("hundred") || next.kind().equals("scale"));
    }

    private static boolean wordGap(String gap) {
        return gap.equals(" ") || gap.equals("-") || gap.equals(" - ");
    }
}
