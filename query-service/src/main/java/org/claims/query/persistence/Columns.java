package org.claims.query.persistence;

import java.util.Collection;
import java.util.function.Function;

/** One column of a batch as text, for statements that take whole columns as arrays and cast them in SQL. */
final class Columns {
    private Columns() {
    }

    static <T> String[] text(Collection<T> rows, Function<T, Object> column) {
        String[] out = new String[rows.size()];
        int i = 0;
        for (T row : rows) {
            Object v = column.apply(row);
            out[i++] = v == null ? null : v.toString();
        }
        return out;
    }
}
