package org.claims.engine;

import java.time.LocalDate;
import java.util.List;
import org.claims.engine.attribution.Attribution;
import org.claims.engine.dates.DateMention;
import org.claims.engine.lexicon.Match;
import org.claims.engine.numbers.Quantity;
import org.claims.engine.text.Span;

/** Everything found in one sentence before claims are assembled; tokens [from, to) of the article. */
final class SentenceInfo {
    final Span span;
    final int from;
    final int to;
    final List<Quantity> quantities;
    final List<Attribution> attributions;
    /** Measure, future and hedge cues: read only for sentences whose figures become claims, so found on first ask. */
    private final Cues cueFinder;
    private List<Match> cues;
    private List<Match> futures;
    private Boolean hedged;
    final List<Match> places;
    /** Capitalised names after a locative that the gazetteer does not know; used when places has none. */
    final List<Match> guessedPlaces;
    final List<DateMention> dates;
    final LocalDate dayBefore;
    /** The one day the sentence says things happened on ("mardi soir", "on Sunday"), or null. */
    LocalDate eventDay;
    final boolean openQuote;
    final boolean closeQuote;

    SentenceInfo(Span span, int from, int to, List<Quantity> quantities, List<Attribution> attributions,
                 Cues cueFinder, List<Match> places,
                 List<Match> guessedPlaces, List<DateMention> dates, LocalDate dayBefore,
                 int quoteBalance) {
        this.span = span;
        this.from = from;
        this.to = to;
        this.quantities = quantities;
        this.attributions = attributions;
        this.cueFinder = cueFinder;
        this.places = places;
        this.guessedPlaces = guessedPlaces;
        this.dates = dates;
        this.dayBefore = dayBefore;
        this.openQuote = quoteBalance > 0;
        this.closeQuote = quoteBalance < 0;
    }

    /** Finds one family of cues over the sentence's tokens. */
    interface Cues {
        List<Match> find(String family, int from, int to);
    }

    List<Match> cues() {
        if (cues == null) {
            cues = cueFinder.find("measure", from, to);
        }
        return cues;
    }

    List<Match> futures() {
        if (futures == null) {
            futures = cueFinder.find("future", from, to);
        }
        return futures;
    }

    boolean hedged() {
        if (hedged == null) {
            hedged = !cueFinder.find("hedge", from, to).isEmpty();
        }
        return hedged;
    }
}
