package org.claims.query.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * A batch written in one statement that takes each column as a text array (cast in SQL, zipped by unnest):
 * one round trip whatever the batch size.
 */
final class Columns {
    private Columns() {
    }

    /** Binds column i of every row to parameter i + 1 and runs the statement; returns its rows as text. */
    static <T> List<String[]> query(Connection conn, String sql, Collection<T> rows, List<Function<T, Object>> columns)
            throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement ps = bind(conn, sql, rows, columns)) {
            return rows(ps);
        }
    }

    static List<String[]> rows(PreparedStatement ps) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getString(i + 1);
                }
                out.add(row);
            }
        }
        return out;
    }

    private static <T> PreparedStatement bind(Connection conn, String sql, Collection<T> rows,
                                              List<Function<T, Object>> columns) throws SQLException {
        PreparedStatement ps = conn.prepareStatement(sql);
        for (int col = 0; col < columns.size(); col++) {
            ps.setArray(col + 1, conn.createArrayOf("text", text(rows, columns.get(col))));
        }
        return ps;
    }

    private static <T> String[] text(Collection<T> rows, Function<T, Object> column) {
        String[] out = new String[rows.size()];
        int i = 0;
        for (T row : rows) {
            Object v = column.apply(row);
            out[i++] = v == null ? null : v.toString();
        }
        return out;
    }
}
