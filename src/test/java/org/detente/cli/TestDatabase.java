package org.detente.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh, empty database for one test: an H2 file in the test's folder, or a new PostgreSQL database on the server
 * named by {@code DETENTE_TEST_PG_URL} (default: the local server with the role {@code .ci/run} creates).
 */
interface TestDatabase extends AutoCloseable {

    /** The JDBC URL the command is given with {@code --db}; credentials are part of it. */
    String url();

    Connection connect() throws SQLException;

    String kind();

    @Override
    default void close() throws SQLException {
    }

    static TestDatabase h2(Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("detente").toAbsolutePath() + ";WRITE_DELAY=0";
        return new TestDatabase() {
            public String url() {
                return url;
            }

            public Connection connect() throws SQLException {
                return DriverManager.getConnection(url, "sa", "");
            }

            public String kind() {
                return "H2";
            }
        };
    }

    static TestDatabase postgres() throws SQLException {
        return new Postgres();
    }

    /** A database created for the test and dropped after it. */
    final class Postgres implements TestDatabase {
        static final String SERVER = env("DETENTE_TEST_PG_URL", "jdbc:postgresql://localhost:5432/detente_test");
        static final String USER = env("DETENTE_TEST_PG_USER", "detente_test");
        static final String PASSWORD = env("DETENTE_TEST_PG_PASSWORD", "detente_test");

        private final String name = "detente_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

        Postgres() throws SQLException {
            try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new SQLException("PostgreSQL for the tests is not reachable at " + SERVER + " as " + USER
                        + " (start it and create the role with .ci/run): " + e.getMessage(), e);
            }
        }

        public String url() {
            return serverUrl(name) + "?user=" + USER + "&password=" + PASSWORD;
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(serverUrl(name), USER, PASSWORD);
        }

        public String kind() {
            return "PostgreSQL";
        }

        @Override
        public void close() throws SQLException {
            try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }

        private static String serverUrl(String database) {
            int slash = SERVER.lastIndexOf('/');
            String base = SERVER.substring(0, slash + 1);
            return base + database.toLowerCase(Locale.ROOT);
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
