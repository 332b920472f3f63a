package org.claims.engine;

import java.util.List;
import java.util.Set;
import org.claims.engine.attribution.Attribution;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.lexicon.Match;
import org.claims.engine.lexicon.PlaceCountries;
import org.claims.engine.numbers.Quantity;
import org.claims.engine.text.Doc;
import org.claims.model.Claim;
import org.claims.model.Measure;

/**
 * Where the counted people are: the first place after the figure in its stretch of sentence, else the last
 * one before it; places inside the source's words ("selon Kiev") or after "contre"/"against" do not count.
 */
final class LocationFinder {
    /**
     * A finer place names the same spot only right next to its country ("Pakistan of Kohat"): further on it is where
     * another verb happens ("deployes en Russie et ont commence a combattre ... dans la region de Koursk").
     */
    private static final int FINER_REACH = 4;
    private final Lexicons lex;
    private final Direction direction;
    private final PlaceParts parts;
    private final Set<String> notWhereWords;
    private final Set<String> locative;
    private final Set<String> streets;
    private final Set<String> streetLinks;
    private final Set<String> avoir;
    private final Set<String> locPronoun;
    private final Set<String> impersonal;
    private final Set<String> possessive;
    private final Set<String> placeModifier;
    private final Set<String> articles;
    private final Set<String> seats;
    private final Set<String> near;
    private final Set<String> situating;
    private final Set<String> wherein;

    private final PlaceCountries countries;

    LocationFinder(Lexicons lex, PlaceCountries countries) {
        this.lex = lex;
        this.countries = countries;
        this.direction = new Direction(lex.words);
        this.parts = new PlaceParts(lex.words);
        this.notWhereWords = lex.words.of("notwhere");
        this.locative = lex.words.of("locative");
        this.streets = lex.words.of("street");
        this.streetLinks = lex.words.of("streetlink");
        this.avoir = lex.words.of("avoir");
        this.locPronoun = lex.words.of("locpronoun");
        this.impersonal = lex.words.of("impersonal");
        this.possessive = lex.words.of("possessive");
        this.placeModifier = lex.words.of("placemodifier");
        this.articles = lex.words.of("article");
        this.seats = lex.words.of("seat");
        this.near = lex.words.of("near");
        this.situating = lex.words.of("situating");
        this.wherein = lex.words.of("wherein");
    }

    /** Known places first; a guessed name ("a Hostens") only when the sentence names no known place. */
    Claim.Location find(Doc doc, Quantity q, SentenceInfo s, Claim.Location lastCapital, Measure m) {
        int k = doc.tokenAt(q.start());
        if (k > 0 && doc.gap(k - 1, k).contains("(")) { // "Khyber Pakhtunkhwa (37), le Sindh (17)": the count of that place
            for (Match p : s.places) {
                if (p.last() == k && !p.kind().equals("capital")) {
                    return new Claim.Location(p.value(), doc.text(p.first(), p.last()));
                }
            }
        }
        Claim.Location known = find(doc, q, s, s.places, lastCapital, m);
        if (known == null) {
            return find(doc, q, s, s.guessedPlaces, lastCapital, m);
        }
        for (Match g : s.guessedPlaces) { // "died in Altadena, near Pasadena": the town in the figure's clause
            if (g.first() >= q.last() && !PlaceShapes.clauseBreak(doc, PlaceShapes.pastBracket(doc, q.last()) - 1, g.first())
                    && !MeasureFinder.figureBetween(s.quantities, q, q.last(), g.first())
                    && s.places.stream().noneMatch(p -> p.first() >= q.last() && p.first() < g.first())) {
                return new Claim.Location(g.value(), doc.text(g.first(), g.last()));
            }
        }
        return known;
    }

    /**
     * A place naming the source's own office ("la prefecture de police de Paris", "the health ministry of
     * Palestine", "Kharkiv regional administration"), for a claim whose sentence names no place: such offices
     * count where they are. A place that is the whole source ("Russia said") is a speaker, not a scene.
     */
    Claim.Location ofSource(Doc doc, Attribution a, SentenceInfo s) {
        if (a == null || a.source() == null) {
            return null;
        }
        for (Match p : s.places) {
            boolean inside = p.first() >= a.spanFirst() && p.last() <= a.spanLast() && !inMedia(doc, p);
            int from = a.spanFirst();
            while (from < p.first() && articles.contains(doc.toks.get(from).text())) {
                from++;
            }
            boolean whole = p.first() == from && p.last() >= a.spanLast() - 1;
            if (inside && !whole && !p.kind().equals("capital") && !actor(doc, p) && !PlaceShapes.dateline(doc, p) && !modifier(doc, p)) {
                return new Claim.Location(p.value(), doc.text(p.first(), p.last()));
            }
        }
        List<Match> speakers = lex.gazetteer.findAll("speaker", doc.toks, a.spanFirst(), a.spanLast(), doc.folded);
        for (Match n : speakers) {
            boolean qualifies = speakers.stream().anyMatch(o -> o != n && !o.entry().extra().equals("nation") && !o.entry().extra().equals("media")
                    && !"ngo".equals(o.kind().equals("role") ? o.value() : o.entry().extra()) // an NGO's country is no scene
                    && (Math.abs(o.first() - n.last()) <= 2 || Math.abs(n.first() - o.last()) <= 2));
            if (n.entry().extra().equals("nation") && qualifies) { // "le gouvernement chilien", "Peruvian police"
                return new Claim.Location(n.value(), doc.text(n.first(), n.last()));
            }
        }
        return null;
    }

    /** "France 24", "Radio France": a broadcaster's name holds a place that says nothing of the scene. */
    private boolean inMedia(Doc doc, Match p) {
        Match m = lex.gazetteer.at("speaker", doc.toks, p.first(), doc.toks.size(), doc.folded);
        return m != null && m.entry().extra().equals("media") && m.last() > p.last();
    }

    /**
     * The French locative pronoun "y" in the figure's clause ("1 500 soldats y etaient deployes") stands for
     * the first place of the sentence before; "il y a" (there is) does not.
     */
    Claim.Location pronounY(Doc doc, Quantity q, SentenceInfo s, SentenceInfo previous) {
        if (previous == null) {
            return null;
        }
        for (int k = Math.max(s.from + 1, q.first() - 4); k < Math.min(s.to - 1, q.last() + 4); k++) {
            boolean y = locPronoun.contains(doc.toks.get(k).text()) && !impersonal.contains(doc.toks.get(k - 1).text())
                    && !avoir.contains(doc.toks.get(k + 1).text()) && !doc.capitalized(k);
            if (y && !PlaceShapes.clauseBreak(doc, Math.min(k, q.first()), Math.max(k, q.last() - 1))) {
                for (Match p : previous.places) {
                    if (usable(doc, p, previous, null)) {
                        return new Claim.Location(p.value(), doc.text(p.first(), p.last()));
                    }
                }
            }
        }
        return null;
    }

    /**
     * The one place the article opens on (its title or first sentence), for claims that name none. A place
     * that is itself a speaker there ("selon Kiev") is not where things happen; one qualifying the speaker
     * is ("Venezuela's electoral council said").
     */
    Claim.Location lead(Doc doc, SentenceInfo first) {
        Match only = null;
        for (Match p : first.places) {
            if (PlaceShapes.dateline(doc, p) || PlaceShapes.ofAPart(doc, p, first) || modifier(doc, p) || PlaceShapes.ranked(lex, doc, p)) {
                continue; // where the story was filed ("NEW YORK --"), or where only a part of a count is
            }
            boolean speaker = lex.gazetteer.at("speaker", doc.toks, p.first(), p.last(), doc.folded) != null;
            if (p.kind().equals("capital") || (speaker && !usable(doc, p, first, null)) || notWhere(doc, p)) {
                continue;
            }
            if (only != null && !only.value().equals(p.value())) {
                return null;
            }
            only = only == null ? p : only;
        }
        return only == null ? null : new Claim.Location(only.value(), doc.text(only.first(), only.last()));
    }

    PlaceCountries countries() {
        return countries;
    }

    /** The last place of the sentence that says where people are (known places first), or null. */
    Claim.Location lastUsable(Doc doc, SentenceInfo s, Claim.Location lastCapital) {
        Claim.Location known = lastUsable(doc, s, s.places, lastCapital);
        return known != null ? known : lastUsable(doc, s, s.guessedPlaces, lastCapital);
    }

    private Claim.Location lastUsable(Doc doc, SentenceInfo s, java.util.List<Match> places,
                                             Claim.Location lastCapital) {
        for (int i = places.size() - 1; i >= 0; i--) {
            Match p = places.get(i);
            if (!usable(doc, p, s, lastCapital) || PlaceShapes.ofAPart(doc, p, s)) {
                continue;
            }
            if (p.kind().equals("capital")) {
                return lastCapital; // usable only when a capital is known
            }
            Match in = inside(doc, p, s, places);
            return in != null ? new Claim.Location(in.value(), doc.text(in.first(), in.last()))
                    : new Claim.Location(p.value(), doc.text(p.first(), p.last()));
        }
        return null;
    }

    /**
     * "l'offensive ukrainienne en Russie ..., selon les autorites de la region de Koursk": a place inside the country
     * a sentence leaves as its scene, even in its source's words, is the finer scene for the sentences after it.
     */
    private Match inside(Doc doc, Match country, SentenceInfo s, List<Match> places) {
        if (!country.value().equals(countries.of(country.value()))) {
            return null;
        }
        for (Match o : places) {
            if (o != country && !o.kind().equals("capital") && !o.value().equals(country.value())
                    && country.value().equals(countries.of(o.value())) && !PlaceShapes.dateline(doc, o) && !modifier(doc, o)
                    && !PlaceShapes.paired(doc, o, s) && !notWhere(doc, o) && !PlaceShapes.ofAPart(doc, o, s)) {
                return o;
            }
        }
        return null;
    }

    /** m: what the figure counts; people on the move are counted where the move ends (see Direction). */
    private Claim.Location find(Doc doc, Quantity q, SentenceInfo s, java.util.List<Match> places,
                                Claim.Location lastCapital, Measure m) {
        Match after = null;
        Match before = null;
        Match afterOthers = null;
        Match destination = null;
        for (Match p : places) {
            if (!usable(doc, p, s, lastCapital) || direction.origin(doc, p, m) || direction.notReached(doc, p, m)) {
                continue;
            }
            if (p.first() >= q.last() && (PlaceShapes.partBetween(s, q, p) || PlaceShapes.leadsFigure(lex, doc, s, q, p))) {
                continue; // "15 morts dans le pays, dont 11 dans la region de Santiago": the part's place
            }
            if (p.first() >= q.last()) {
                boolean sameClause = (!MeasureFinder.figureBetween(s.quantities, q, q.last(), p.first()) || PlaceShapes.listTo(lex, doc, s, q, p))
                        && !PlaceShapes.clauseBreak(doc, PlaceShapes.pastBracket(doc, q.last()) - 1, p.first())
                        && !doc.anyWordBetween(lex.words.of("contrast"), q.last(), p.first()); // "35 morts tandis qu'un deces ... a X"
                if (after == null && sameClause) {
                    after = p;
                } else if (afterOthers == null) {
                    afterOthers = p;
                }
                if (sameClause && destination == null && direction.destination(doc, p, m)) {
                    destination = p;
                }
            } else if (p.last() <= q.first()) {
                before = p;
            }
        }
        Match chosen = destination != null ? destination : after != null ? after : before != null ? before : afterOthers;
        if (chosen != null && actor(doc, chosen)) { // "since Russia invaded Ukraine", "Israel's campaign"
            Match other = null;
            for (Match p : places) {
                if (p != chosen && usable(doc, p, s, lastCapital) && !actor(doc, p) && !direction.origin(doc, p, m)) {
                    other = other == null || Math.abs(p.first() - q.first()) < Math.abs(other.first() - q.first()) ? p : other;
                }
            }
            chosen = other != null ? other : chosen;
        }
        if (chosen == null) {
            return null;
        }
        chosen = finer(doc, q, s, places, chosen, lastCapital, m);
        String text = doc.text(parts.start(doc, chosen), chosen.last());
        if (chosen.kind().equals("capital")) {
            Claim.Location capital = lastCapital;
            for (Match p : s.places) {
                if (p.last() <= chosen.first() && p.entry().extra().equals("capital")) {
                    capital = new Claim.Location(p.value(), doc.text(p.first(), p.last()));
                }
            }
            return capital == null ? null : new Claim.Location(capital.name(), text + " (" + capital.text() + ")");
        }
        return new Claim.Location(chosen.value(), text);
    }

    /**
     * "in the northwestern Pakistan of Kohat", "en Gironde, a Landiras": a country and a place inside it in the
     * same clause, the finer one says where (the claim still carries the country).
     */
    private Match finer(Doc doc, Quantity q, SentenceInfo s, List<Match> places, Match chosen, Claim.Location lastCapital,
                        Measure m) {
        if (chosen.kind().equals("capital") || !chosen.value().equals(countries.of(chosen.value()))) {
            return chosen;
        }
        for (Match p : places) {
            if (p == chosen || p.kind().equals("capital") || !chosen.value().equals(countries.of(p.value()))
                    || p.value().equals(chosen.value()) || !usable(doc, p, s, lastCapital) || actor(doc, p)
                    || direction.origin(doc, p, m) || PlaceShapes.ofAPart(doc, p, s) || p.first() >= q.last() && PlaceShapes.partBetween(s, q, p)) {
                continue;
            }
            if (PlaceShapes.situates(doc, p, chosen, situating)) {
                return p;
            }
            int lo = Math.min(p.last(), chosen.last()) - 1;
            int hi = Math.max(p.first(), chosen.first());
            if (hi - lo <= FINER_REACH && !PlaceShapes.clauseBreak(doc, lo, hi)
                    && !MeasureFinder.figureBetween(s.quantities, q, Math.min(lo + 1, q.last()), hi)) {
                return p;
            }
        }
        return chosen;
    }

    /** The capital of the country a place is in, for "in the capital" before any capital is named. */
    Claim.Location capitalOf(Claim.Location place) {
        String capital = place == null ? null : countries.capitalOf(countries.of(place.name()));
        return capital == null ? null : new Claim.Location(capital, capital);
    }

    /** A place named in the body inside the country a headline names ("Pakistan suicide attack" ... "Kohat"). */
    Claim.Location finer(Claim.Location coarse, Claim.Location named) {
        boolean inside = named != null && !named.name().equals(coarse.name())
                && coarse.name().equals(countries.of(coarse.name())) && coarse.name().equals(countries.of(named.name()));
        return inside ? named : coarse;
    }

    /** "Iran-backed Houthis", "separatistes pro-Russie": a place hyphened to a modifier word names no scene. */
    private boolean modifier(Doc doc, Match p) {
        int next = p.last();
        // "Iran-backed", "pro-russes"; "the Israel-Hamas conflict", "Russia-Ukraine talks": one of two names joined
        boolean after = next < doc.toks.size() && doc.gapIs(next - 1, next, '-')
                && (placeModifier.contains(doc.toks.get(next).text()) || doc.capitalized(next));
        boolean before = p.first() > 0 && doc.gapIs(p.first() - 1, p.first(), '-')
                && (placeModifier.contains(doc.toks.get(p.first() - 1).text()) || doc.capitalized(p.first() - 1));
        return after || before;
    }

    /** A place that acts rather than hosts: a possessive ("Israel's") or the subject of an action verb. */
    private boolean actor(Doc doc, Match p) {
        int next = p.last();
        if (next >= doc.toks.size()) {
            return false;
        }
        if (possessive.contains(doc.toks.get(next).text()) && doc.gap(next - 1, next).matches("['\u2019]")) {
            return true;
        }
        return lex.gazetteer.at("actorverb", doc.toks, next, doc.toks.size(), doc.folded) != null;
    }

    private boolean notWhere(Doc doc, Match p) {
        int k = p.first() - 1;
        if (k > 0 && articles.contains(doc.toks.get(k).text())) {
            k--;
        }
        k = k > 0 && lex.words.of("de").contains(doc.toks.get(k).text()) && notWhereWords.contains(doc.toks.get(k - 1).text()) ? k - 1 : k;
        boolean scene = p.last() < doc.toks.size() && wherein.contains(doc.toks.get(p.last()).text())
                && doc.punctuationBetween(p.last() - 1, p.last(), ","); // "The state borders Nepal, where 146 died"
        return !scene && (k >= 0 && notWhereWords.contains(doc.toks.get(k).text())) || street(doc, p) || nearCountry(doc, p);
    }

    /** "pres du Mali", "near Syria": people near a country are not in it (near a town they may well be). */
    private boolean nearCountry(Doc doc, Match p) {
        for (int k = p.first() - 1; k >= 0 && k >= p.first() - 2; k--) {
            if (near.contains(doc.toks.get(k).text())) {
                return p.value().equals(countries.of(p.value()));
            }
        }
        return false;
    }

    /** "place du Luxembourg", "rue de Rome", "Gaza Street": a street named after a place is not that place. */
    private boolean street(Doc doc, Match p) {
        int k = p.first() - 1;
        while (k > 0 && k >= p.first() - 3 && streetLinks.contains(doc.toks.get(k).text())) {
            k--;
        }
        boolean before = k >= 0 && k < p.first() && streets.contains(doc.toks.get(k).text());
        boolean after = p.last() < doc.toks.size() && streets.contains(doc.toks.get(p.last()).text())
                && doc.capitalized(p.last());
        return before || after;
    }

    private boolean usable(Doc doc, Match p, SentenceInfo s, Claim.Location lastCapital) {
        if (PlaceShapes.dateline(doc, p) || modifier(doc, p) || PlaceShapes.paired(doc, p, s) || PlaceShapes.ranked(lex, doc, p)) {
            return false;
        }
        if (p.kind().equals("capital") && lastCapital == null && s.places.stream()
                .noneMatch(o -> o.last() <= p.first() && o.entry().extra().equals("capital"))) {
            return false;
        }
        int k = p.first() - 1;
        if (k > 0 && articles.contains(doc.toks.get(k).text())) {
            k--;
        }
        if (notWhere(doc, p)) {
            return false;
        }
        boolean atPlace = k >= 0 && locative.contains(doc.toks.get(k).text());
        if (atPlace && k > 0 && seats.contains(doc.toks.get(k - 1).text())) {
            return false; // "IHR, basee en Norvege", "a group based in London": where the body sits
        }
        if (PlaceShapes.qualifiesPlaceBefore(doc, p, s)) {
            return false; // "Rungis (Val-de-Marne)": the bracket only says where the town is
        }
        for (Attribution a : s.attributions) {
            if (p.first() < a.spanLast() && p.last() > a.spanFirst() && !atPlace) {
                return false; // "selon Kiev" names a speaker; "police in Amsterdam" still says where
            }
        }
        return true;
    }
}
