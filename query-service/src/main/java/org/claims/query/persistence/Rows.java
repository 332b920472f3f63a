package org.claims.query.persistence;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Reads scalar columns of native queries, whose Java types vary with the JDBC driver and Hibernate version. */
final class Rows {
    private Rows() {
    }

    static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return o instanceof LocalDate l ? l : LocalDate.parse(o.toString());
    }

    static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    static String text(Object o) {
        return o == null ? null : o.toString();
    }

    static List<String> csv(Object o) {
        return o == null ? List.of() : Arrays.asList(o.toString().split(","));
    }
}
