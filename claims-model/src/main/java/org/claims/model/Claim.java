package org.claims.model;

import java.time.LocalDate;

/**
 * One attributed quantitative claim: the shape of the {@code claims} topic value and of every API answer.
 * {@code source}, {@code location} and {@code statedOn} are null when the text does not give them.
 */
public record Claim(String claimId, String articleId, String extractor, String language, Measure measure,
                    Subject subject, Quantity quantity, Location location, Source source,
                    LocalDate statedOn, boolean hedged, Evidence evidence, LocalDate publishedOn, String outlet) {

    /** A claim without the article's publication day and outlet (filled in when the article is known). */
    public Claim(String claimId, String articleId, String extractor, String language, Measure measure,
                 Subject subject, Quantity quantity, Location location, Source source,
                 LocalDate statedOn, boolean hedged, Evidence evidence) {
        this(claimId, articleId, extractor, language, measure, subject, quantity, location, source, statedOn, hedged,
                evidence, null, null);
    }

    /** The same claim, repeating its article's publication day and outlet so readers need no join. */
    public Claim withArticle(LocalDate publishedOn, String outlet) {
        return new Claim(claimId, articleId, extractor, language, measure, subject, quantity, location, source,
                statedOn, hedged, evidence, publishedOn, outlet);
    }

    /** The same claim said by who, on day statedOn (the engine settles both after it first built the claim). */
    public Claim withStatement(Source who, LocalDate day) {
        return new Claim(claimId, articleId, extractor, language, measure, subject, quantity, location, who, day,
                hedged, evidence, publishedOn, outlet);
    }

    public Claim withLocation(Location where) {
        return new Claim(claimId, articleId, extractor, language, measure, subject, quantity, where, source,
                statedOn, hedged, evidence, publishedOn, outlet);
    }

    /** Who is counted: canonical English name plus the article's words. */
    public record Subject(String name, String text) {
    }

    public record Quantity(long low, long high, Qualifier qualifier, String text) {
    }

    /** Where the counted people are; {@code country} is the country of that place (the place itself for a country). */
    public record Location(String name, String text, String country) {
        public Location(String name, String text) {
            this(name, text, null);
        }

        public Location withCountry(String c) {
            return new Location(name, text, c);
        }
    }

    /** Who makes the claim; {@code via} is who relays it ("selon Reuters, citant des responsables américains"). */
    public record Source(String name, String text, String person, String via) {
        public Source(String name, String text, String person) {
            this(name, text, person, null);
        }

        public Source withVia(String relay) {
            return new Source(name, text, person, relay);
        }
    }

    /** The sentence the claim comes from, as Java String offsets into the article body. */
    public record Evidence(String text, int start, int end) {
    }

    /**
     * Deterministic id: same article + same extractor version + same span (and figure) gives the same id,
     * so replays and re-posts upsert instead of adding.
     */
    public static String idFor(String articleId, String extractor, int start, int end, Measure measure,
                               long low, long high) {
        String key = articleId + '|' + extractor + '|' + start + '|' + end + '|' + measure.wire() + '|' + low + '|' + high;
        return ArticleIds.sha256Hex(key).substring(0, 24);
    }
}
