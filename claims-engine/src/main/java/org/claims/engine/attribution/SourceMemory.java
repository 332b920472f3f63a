package org.claims.engine.attribution;

import java.util.ArrayList;
import java.util.List;
import org.claims.model.Claim;

/** Sources named so far in one article, so "le syndicat", "le porte-parole" and "il" can refer back. */
public final class SourceMemory {
    private record Named(Claim.Source source, String type) {
    }

    private final List<Named> named = new ArrayList<>();

    public void remember(Claim.Source source, String type) {
        named.add(new Named(source, type == null || type.isEmpty() ? "any" : type));
    }

    public Claim.Source last() {
        return named.isEmpty() ? null : named.get(named.size() - 1).source();
    }

    /** The last source of that type, else the last source of any type. */
    public Claim.Source lastOfType(String type) {
        if (type != null && !type.equals("any")) {
            for (int i = named.size() - 1; i >= 0; i--) {
                if (named.get(i).type().equals(type)) {
                    return named.get(i).source();
                }
            }
        }
        return last();
    }
}
