package org.claims.engine.attribution;

import java.util.ArrayList;
import java.util.List;
import org.claims.model.Claim;

/**
 * Sources named so far in one article, so "il", "le syndicat", "l'agence" and "the ministry" can refer back.
 * Speakers (who made a statement) answer pronouns; every organisation named, speaker or not, answers a
 * definite role noun, because "the agency" points at the agency last named whatever it was doing then.
 */
public final class SourceMemory {
    /** A longer look back costs time on huge articles and finds referents no reader would connect. */
    private static final int LOOK_BACK = 64;

    private record Named(Claim.Source source, String type, int token) {
    }

    /** Lists the organisations named in tokens [from, to) by calling mention for each. */
    public interface Scanner {
        void scan(int from, int to, SourceMemory memory);
    }

    private final List<Named> speakers = new ArrayList<>();
    private final List<Named> mentions = new ArrayList<>();
    private final Scanner scanner;
    private int scannedTo;
    private int seenTo;

    /** scanner: finds the organisations of a stretch of text, run only when a role noun needs them. */
    public SourceMemory(Scanner scanner) {
        this.scanner = scanner;
    }

    /** The article has been read up to token to; its organisations are listed on demand. */
    public void seen(int to) {
        seenTo = Math.max(seenTo, to);
    }

    /** A source that made a statement, its words starting at token. */
    public void remember(Claim.Source source, String type, int token) {
        speakers.add(new Named(source, type == null || type.isEmpty() ? "any" : type, token));
    }

    /** An organisation the article names at token, whether or not it speaks there. */
    public void mention(Claim.Source source, String type, int token) {
        mentions.add(new Named(source, type == null || type.isEmpty() ? "any" : type, token));
    }

    /** The earlier speaker whose person's full name ends with this one-word name ("Guindo"), or null. */
    public Claim.Source namedInFull(String person) {
        if (person == null || person.indexOf(' ') >= 0) {
            return null;
        }
        for (int i = speakers.size() - 1; i >= Math.max(0, speakers.size() - LOOK_BACK); i--) {
            String full = speakers.get(i).source().person();
            if (full != null && full.length() > person.length() && full.endsWith(person)
                    && full.charAt(full.length() - person.length() - 1) == ' ') {
                return speakers.get(i).source();
            }
        }
        return null;
    }

    /** The last speaker. */
    public Claim.Source last() {
        return speakers.isEmpty() ? null : speakers.get(speakers.size() - 1).source();
    }

    /** The last speaker named as a person ("he", "she" point at people, not at the agency that relayed them). */
    public Claim.Source lastPerson() {
        for (int i = speakers.size() - 1; i >= Math.max(0, speakers.size() - LOOK_BACK); i--) {
            if (speakers.get(i).source().person() != null) {
                return speakers.get(i).source();
            }
        }
        return last();
    }

    /** The last speaker that is no person ("it says" points at the mission, not at its spokesman), else null. */
    public Claim.Source lastOrganisation() {
        for (int i = speakers.size() - 1; i >= Math.max(0, speakers.size() - LOOK_BACK); i--) {
            if (speakers.get(i).source().person() == null) {
                return speakers.get(i).source();
            }
        }
        return null;
    }

    /**
     * The source closest before token that a role of that type can stand for; a role of no particular type
     * ("le porte-parole") stands for the last speaker. Null when nothing compatible was named.
     */
    public Claim.Source compatible(String type, int before) {
        if (type == null || type.equals("any")) {
            return last();
        }
        if (scannedTo < seenTo && scanner != null) {
            int from = scannedTo;
            scannedTo = seenTo;
            scanner.scan(from, seenTo, this);
        }
        Named best = closest(speakers, type, before, null);
        best = closest(mentions, type, before, best);
        return best == null ? null : best.source();
    }

    private static Named closest(List<Named> list, String type, int before, Named best) {
        for (int i = list.size() - 1; i >= Math.max(0, list.size() - LOOK_BACK); i--) {
            Named n = list.get(i);
            if (n.token() < before && RoleTypes.fits(type, n.type(), n.source().name())
                    && (best == null || n.token() > best.token())) {
                best = n;
            }
        }
        return best;
    }
}
