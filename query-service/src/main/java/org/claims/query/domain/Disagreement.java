package org.claims.query.domain;

import java.util.List;
import org.claims.model.Claim;

/**
 * A series in which two sources gave figures whose ranges do not overlap, within the window. {@code gap} is the
 * largest distance between such a pair: the higher figure's low minus the lower figure's high.
 */
public record Disagreement(String subject, String measure, String location, long gap, int pairs, List<Claim> claims) {
    /** The dashboard's default window, the one whose pairs the writers keep per series (V5 has the same 30). */
    public static final int KEPT_WINDOW_DAYS = 30;
}
