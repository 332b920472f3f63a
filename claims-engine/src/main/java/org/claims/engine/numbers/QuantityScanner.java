package org.claims.engine.numbers;

import java.util.ArrayList;
import java.util.List;
import org.claims.engine.lexicon.Entry;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.lexicon.Match;
import org.claims.engine.text.Doc;
import org.claims.engine.text.Token;
import org.claims.model.Qualifier;

/**
 * Finds the figures of a sentence that could count people, with their qualifier and range. Figures that
 * are plainly something else (money, percentages, areas, durations, ranks, times, dates) are dropped here.
 */
public final class QuantityScanner {
    private static final double MAX_COUNT = 1e10;
    private static final int PART_CHAIN = 4;
    private static final int CHANGE_GAP = 7;
    private final Things things;
    private final Lexicons lex;
    private final NumberReader reader;
    private final java.util.Set<String> listJoin;
    private final java.util.Set<String> listOf;
    /** Month names that are also common words ("may", "march", "sept"): months only when capitalised. */
    private final java.util.Set<String> ambiguousMonths;
    private final Singles singles;

    public QuantityScanner(Lexicons lex) {
        this.lex = lex;
        this.listJoin = lex.words.of("listjoin");
        this.things = new Things(lex);
        this.listOf = lex.words.of("listof");
        this.ambiguousMonths = lex.words.of("ambiguousmonth");
        this.singles = new Singles(lex);
        this.reader = new NumberReader(lex);
    }

    public List<Quantity> scan(Doc doc, int from, int to) {
        List<Quantity> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match word = wordAmount(doc, i, to);
            if (word != null) {
                if (!ofSomethingElse(doc, word.last(), to)) {
                    out.add(wordQuantity(doc, word, from));
                }
                i = word.last();
                continue;
            }
            NumberReader.Read n = reader.read(doc, i, to);
            if (n != null && n.words() && n.value() == 1 && n.next() == i + 1) {
                Quantity one = single(doc, i, from, to); // French "un" reads as a number: "au moins un prisonnier"
                if (one != null) {
                    out.add(one);
                    i++;
                    continue;
                }
            }
            if (n == null) {
                Quantity one = single(doc, i, from, to);
                if (one != null) {
                    out.add(one);
                }
                i++;
                continue;
            }
            Quantity q = figure(doc, i, n, from, to);
            if (q != null && !q.part() && !out.isEmpty() && continuesPart(doc, out.get(out.size() - 1), i)) {
                q = new Quantity(q.first(), q.last(), q.low(), q.high(), q.qualifier(), q.start(), q.end(),
                        q.yearLike(), q.small(), q.vague(), true); // "dont quinze gendarmes et trente civils"
            }
            if (q != null && restated(doc, out, q)) {
                Quantity b = out.remove(out.size() - 1); // "thirty-nine (39) people": the digits in brackets repeat it
                out.add(new Quantity(b.first(), q.last(), b.low(), b.high(), b.qualifier(), b.start(), b.end(),
                        b.yearLike(), b.small(), b.vague(), b.part()));
                i = q.last();
            } else if (q != null) {
                if (lex.quantities.endingAt("denied", doc.toks, doc.tokenAt(q.start()), from, doc.folded) == null) {
                    out.add(q); // "Onze personnes (et non 13)": a figure denied is none
                }
                i = q.last();
            } else {
                i = Math.max(i + 1, n.next());
            }
        }
        return out;
    }

    private static boolean restated(Doc doc, List<Quantity> out, Quantity q) {
        if (out.isEmpty() || q.first() == 0) {
            return false;
        }
        Quantity before = out.get(out.size() - 1);
        return before.low() == q.low() && before.high() == q.high() && before.last() == q.first()
                && doc.gap(q.first() - 1, q.first()).trim().equals("(");
    }

    private Match wordAmount(Doc doc, int i, int to) {
        Match v = lex.quantities.at("vague", doc.toks, i, to, doc.folded);
        Match a = lex.quantities.at("approx", doc.toks, i, to, doc.folded);
        if (v == null) {
            return a;
        }
        return a != null && a.last() > v.last() ? a : v;
    }

    /** "plusieurs dizaines de millions d'euros", "dozens of drones": the amount counts something else. */
    private boolean ofSomethingElse(Doc doc, int j, int to) {
        Match of = lex.quantities.at("skip", doc.toks, j, to, doc.folded);
        int k = of != null && listOf.contains(of.entry().pattern()) ? of.last() : j;
        if (k >= to) {
            return false;
        }
        Entry scale = lex.numberWord(doc.toks.get(k).text());
        return (scale != null && scale.kind().equals("scale")) || lex.quantities.at("unit", doc.toks, k, to, doc.folded) != null;
    }

    /** A count of one ("un Casque bleu a ete tue"): its number is the article, its noun comes after (see Singles). */
    private Quantity single(Doc doc, int i, int from, int to) {
        int noun = singles.nounAfter(doc, i, from, to);
        if (noun < 0) {
            return null;
        }
        int start = doc.toks.get(i).start();
        Match pre = qualifierBefore(doc, i, from);
        Qualifier qual = pre == null ? Qualifier.EXACT : Qualifier.fromWire(pre.value());
        start = pre == null ? start : doc.toks.get(pre.first()).start();
        return new Quantity(i, noun, 1, 1, qual, start, doc.toks.get(i).end(), false, false, false,
                isPart(doc, start, from));
    }

    private Quantity wordQuantity(Doc doc, Match m, int from) {
        boolean vague = m.kind().equals("vague");
        long low = Long.parseLong(m.value());
        long high = vague ? Long.parseLong(m.entry().extra()) : low;
        Qualifier qual = vague ? Qualifier.VAGUE : Qualifier.APPROXIMATELY;
        int start = doc.toks.get(m.first()).start();
        Match pre = qualifierBefore(doc, m.first(), from);
        if (pre != null && !vague) {
            start = doc.toks.get(pre.first()).start();
        }
        return new Quantity(m.first(), m.last(), low, high, qual, start, doc.toks.get(m.last() - 1).end(),
                false, false, vague, isPart(doc, start, from));
    }

    private Quantity figure(Doc doc, int i, NumberReader.Read n, int from, int to) {
        if (!countable(n.value()) || notPeople(doc, i, n.next(), to)) {
            return null;
        }
        long low = (long) n.value();
        long high = low;
        int last = n.next();
        Qualifier qual = Qualifier.EXACT;
        Match pre = qualifierBefore(doc, i, from);
        NumberReader.Read second = rangeEnd(doc, i, n, from, to);
        if (second == null && unitAfterRange(doc, i, n, from, to)) {
            return null; // "de 10 a 15 %": the first end of a range of something else
        }
        if (second != null) {
            high = (long) second.value();
            boolean wordsScaled = n.words() && second.words() && low < 1000 && scaleWordEnds(doc, second); // "dix et quinze mille"
            if ((!n.scaled() && second.scaled() || wordsScaled) && low * 1000 <= high) {
                low = (long) (n.value() * scaleOf(second));
            } else if (!n.grouped() && second.grouped() && low < 1000 && low * 1000 <= high && high < low * 4000) {
                low = low * 1000; // "entre 25 a 30.000", "10 to 12,000": the thousands are said once
            }
            last = second.next();
            qual = Qualifier.RANGE;
            if (changeBefore(doc, i, from)) {
                low = high; // "est passé de 14 à 46", "rose from 14 to 46": the count now is the second figure
                qual = Qualifier.EXACT;
            } else if (low >= high) {
                return null;
            }
        } else if (pre != null) {
            qual = Qualifier.fromWire(pre.value());
        } else {
            Match post = lex.quantities.at("qualpost", doc.toks, last, to, doc.folded);
            if (post != null) {
                qual = Qualifier.fromWire(post.value());
            }
        }
        int start = doc.toks.get(i).start();
        if (second != null) {
            Match opener = lex.quantities.endingAt("rangestart", doc.toks, i, from, doc.folded);
            start = opener != null ? doc.toks.get(opener.first()).start() : start;
        } else if (pre != null) {
            start = doc.toks.get(pre.first()).start();
        }
        Token t = doc.toks.get(i);
        boolean year = !n.grouped() && !n.scaled() && !n.words() && t.text().length() == 4 && low >= 1800 && low <= 2100;
        return new Quantity(i, last, low, high, qual, start, doc.toks.get(last - 1).end(), year,
                n.words() && low < 2, false, isPart(doc, start, from));
    }

    /**
     * "passé de", "rose from": a verb of change ends right before the range opener, one word earlier, before
     * a time ("est passé ce midi de 29 à 67"), or before the count it changes ("raised the number of people
     * missing from 51 to 1,079", "a porté le bilan de 17 à 22"), with no figure or punctuation in between.
     */
    private boolean changeBefore(Doc doc, int i, int from) {
        Match opener = lex.quantities.endingAt("rangestart", doc.toks, i, from, doc.folded);
        if (opener == null) {
            return false;
        }
        int end = opener.first();
        for (int k = end; k > from && end - k <= CHANGE_GAP; k--) {
            if (lex.quantities.endingAt("change", doc.toks, k, from, doc.folded) != null) {
                return k >= end - 1 || lex.dates.at("date", doc.toks, k, end, doc.folded) != null
                        || lex.dates.at("date", doc.toks, k + 1, end, doc.folded) != null
                        || plainObject(doc, k, end);
            }
        }
        return false;
    }

    /** Words between a verb of change and its range that hold no figure and no punctuation: the count changed. */
    private static boolean plainObject(Doc doc, int from, int to) {
        for (int k = from; k < to; k++) {
            if (doc.toks.get(k).isDigits()) {
                return false;
            }
        }
        return !doc.punctuationBetween(from - 1, to, ",;:()\"");
    }

    /** A figure joined by "et", "and" or a comma to the part just before it is a part too. */
    private boolean continuesPart(Doc doc, Quantity previous, int i) {
        if (!previous.part() || i - previous.last() > PART_CHAIN) {
            return false;
        }
        String word = doc.toks.get(i - 1).text();
        return doc.gap(i - 1, i).contains(",") || listJoin.contains(word);
    }

    private boolean isPart(Doc doc, int start, int from) {
        int t = Math.max(from, doc.tokenAt(start));
        return lex.quantities.endingAt("part", doc.toks, t, from, doc.folded) != null;
    }

    private boolean scaleWordEnds(Doc doc, NumberReader.Read r) {
        org.claims.engine.lexicon.Entry e = lex.numberWord(doc.toks.get(r.next() - 1).text());
        return e != null && e.kind().equals("scale");
    }

    private static double scaleOf(NumberReader.Read r) {
        double v = r.value();
        return v >= 1e9 ? 1e9 : v >= 1e6 ? 1e6 : 1e3;
    }

    private static boolean countable(double v) {
        return v >= 1 && v < MAX_COUNT && v == Math.rint(v);
    }

    private NumberReader.Read rangeEnd(Doc doc, int i, NumberReader.Read n, int from, int to) {
        int k = rangeSecond(doc, i, n, from, to);
        NumberReader.Read r = k < 0 ? null : reader.read(doc, k, to);
        return r != null && countable(r.value()) && !notPeople(doc, k, r.next(), to) ? r : null;
    }

    /** "de 10 a 15 %": the second end of the range counts something else, so the first does too. */
    private boolean unitAfterRange(Doc doc, int i, NumberReader.Read n, int from, int to) {
        int k = rangeSecond(doc, i, n, from, to);
        NumberReader.Read r = k < 0 ? null : reader.read(doc, k, to);
        return r != null && notPeople(doc, k, r.next(), to);
    }

    /** The token where the second end of a range starting with figure n begins, or -1 when none follows. */
    private int rangeSecond(Doc doc, int i, NumberReader.Read n, int from, int to) {
        int j = n.next();
        if (j >= to) {
            return -1;
        }
        if (doc.gap(j - 1, j).trim().equals("-")) {
            return j;
        }
        Match join = lex.quantities.at("rangejoin", doc.toks, j, to, doc.folded);
        if (join == null || !doc.blankBetween(doc.toks.get(j - 1).end(), doc.toks.get(j).start(), false)) {
            return -1;
        }
        boolean andLike = listJoin.contains(join.entry().pattern());
        if (andLike && lex.quantities.endingAt("rangestart", doc.toks, i, from, doc.folded) == null) {
            return -1;
        }
        return join.last() < to ? join.last() : -1;
    }

    /** The qualifier just before a figure, across quotes and one adverb ("depasse desormais 16 000"). */
    private Match qualifierBefore(Doc doc, int i, int from) {
        int end = i;
        Match adverb = lex.quantities.endingAt("adverb", doc.toks, end, from, doc.folded);
        Match m = lex.quantities.endingAt("qualifier", doc.toks, end, from, doc.folded);
        if (m == null && adverb != null) {
            end = adverb.first();
            m = lex.quantities.endingAt("qualifier", doc.toks, end, from, doc.folded);
        }
        if (m == null || !doc.blankBetween(doc.toks.get(end - 1).end(), doc.toks.get(end).start(), true)) {
            return null;
        }
        return m;
    }

    /** Money, percentages, units, times, dates and ranks around a figure. */
    private boolean notPeople(Doc doc, int i, int next, int to) {
        String f = doc.folded;
        int s = doc.toks.get(i).start();
        int e = doc.toks.get(next - 1).end();
        if (s > 0 && "/:.,".indexOf(f.charAt(s - 1)) >= 0 && s > 1 && Character.isDigit(f.charAt(s - 2))) {
            return true; // "6:30", "24/7", the tail of an unread number
        }
        int b = s - 1;
        while (b >= 0 && f.charAt(b) == ' ') {
            b--;
        }
        if (b >= 0 && "$€£¥₹#".indexOf(f.charAt(b)) >= 0) {
            return true;
        }
        int a = e;
        while (a < f.length() && f.charAt(a) == ' ') {
            a++;
        }
        if (a < f.length() && "%€$£°/‰".indexOf(f.charAt(a)) >= 0) {
            return true;
        }
        if (a + 1 < f.length() && (f.charAt(a) == ':' || f.charAt(a) == '.' || f.charAt(a) == ',')
                && a == e && Character.isDigit(f.charAt(a + 1))) {
            return true;
        }
        if (next < to && lex.quantities.at("unit", doc.toks, next, to, doc.folded) != null
                || lex.quantities.at("unit", doc.toks, next - 1, next, doc.folded) != null && next - 1 > i
                && (next >= to || lex.subjects.at("noun", doc.toks, next, to, doc.folded) == null)) {
            return true; // "56 crores have been released": a scale that is money unless people follow ("15 crore devotees")
        }
        Match skip = next < to ? lex.quantities.at("skip", doc.toks, next, to, doc.folded) : null;
        if (skip != null && skip.last() < to && lex.quantities.at("unit", doc.toks, skip.last(), to, doc.folded) != null) {
            return true; // "sept nouvelles manifestations", "three other attacks"
        }
        Match nation = next < to ? lex.subjects.at("nationality", doc.toks, next, to, doc.folded) : null;
        if (nation != null && nation.last() < to && lex.quantities.at("unit", doc.toks, nation.last(), to, doc.folded) != null) {
            return true; // "13 Russian missiles"
        }
        Match noun = next < to ? lex.subjects.at("noun", doc.toks, next, to, doc.folded) : null;
        if (noun != null && noun.last() < to && doc.gap(noun.last() - 1, noun.last()).equals(" ")
                && lex.quantities.at("unit", doc.toks, noun.last(), to, doc.folded) != null) {
            return true; // "two migrant shipwrecks": the people noun only qualifies the thing counted
        }
        if (Things.age(doc, i, next, to) || things.population(doc, i, next, to) || things.unitAhead(doc, next, to)
                || things.notACount(doc, i, next, to)) {
            return true;
        }
        if (i > 0 && lex.quantities.endingAt("label", doc.toks, i, Math.max(0, i - 2), doc.folded) != null
                && doc.gap(i - 1, i).trim().isEmpty()) {
            return true; // "Article 173", "flight 370": a number that names something
        }
        if (i > 0 && doc.gapIs(i - 1, i, '-') && doc.capitalized(i - 1) && !doc.toks.get(i - 1).isDigits()) {
            return true; // "COVID-19", "MH-17": a name ending in a number
        }
        if (next < to && next == i + 1 && doc.gapIs(i, next, '-') && !doc.toks.get(next).isDigits()
                && lex.numberWord(doc.toks.get(next).text()) == null) {
            return true; // "a three-digit number", "a 12-hour curfew": the number qualifies a noun
        }
        if (i > 2 && listJoin.contains(doc.toks.get(i - 1).text()) && doc.toks.get(i - 2).isDigits()
                && lex.quantities.endingAt("label", doc.toks, i - 2, Math.max(0, i - 4), doc.folded) != null) {
            return true; // "aged 5 and 8": the second number a label covers
        }
        return isMonth(doc, next, to) || (i > 0 && isMonth(doc, i - 1, to) && doc.toks.get(i).text().length() <= 2
                && (doc.gap(i - 1, i).isBlank() || doc.gap(i - 1, i).equals(". ") && doc.toks.get(i - 1).text().length() <= 4));
        // "March 3" and "Oct. 11" are days; "12 septembre, 3 000 personnes" is not
    }

    private boolean isMonth(Doc doc, int j, int to) {
        if (j < 0 || j >= to) {
            return false;
        }
        Match m = lex.dates.at("date", doc.toks, j, to, doc.folded);
        if (m == null || !m.kind().equals("month")) {
            return false;
        }
        return !ambiguousMonths.contains(doc.toks.get(j).text()) || doc.capitalized(j);
    }
}
