package org.claims.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresTest {

    @Test
    void roundTripAndPersistence(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        int port;
        try (LocalPostgres pg = LocalPostgres.start(0, data, dir.resolve("pg.log"))) {
            port = pg.port();
            assertTrue(pg.jdbcUrl("claims").endsWith("/claims"));
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("claims"), pg.username(), pg.password());
                 Statement st = c.createStatement()) {
                st.execute("create table t (id int primary key, name text)");
                st.execute("insert into t values (1, 'soldats')");
                try (ResultSet rs = st.executeQuery("select name from t where id = 1")) {
                    assertTrue(rs.next());
                    assertEquals("soldats", rs.getString(1));
                }
            }
        }
        assertTrue(Ports.isFree(port), "port released after close");
        try (LocalPostgres pg = LocalPostgres.start(0, data, null);
             Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from t")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1), "data kept across restart");
        }
    }

    @Test
    void temporaryServer() throws Exception {
        try (LocalPostgres pg = LocalPostgres.start();
             Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select current_database()")) {
            assertTrue(rs.next());
            assertEquals("claims", rs.getString(1));
        }
    }
}
