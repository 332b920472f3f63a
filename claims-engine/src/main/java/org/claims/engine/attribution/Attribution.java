package org.claims.engine.attribution;

import java.time.LocalDate;
import org.claims.model.Claim;

/**
 * A place in a sentence where a claim is attributed: the marker tokens [anchorFirst, anchorLast) ("selon",
 * "a declare"), the source's words [spanFirst, spanLast), the resolved source (null when the words name
 * nobody) and the day of the statement when the clause gives one.
 */
public record Attribution(boolean prep, int anchorFirst, int anchorLast, int spanFirst, int spanLast,
                          Claim.Source source, LocalDate day) {

    public Attribution withDay(LocalDate d) {
        return new Attribution(prep, anchorFirst, anchorLast, spanFirst, spanLast, source, d);
    }
}
