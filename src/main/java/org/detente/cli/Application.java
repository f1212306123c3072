package org.detente.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.detente.DetenteApplication;
import org.detente.archive.SchemaTooNewException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring application behind a command. An H2 file database that another process has open is waited for
 * briefly, then refused with one line; start-up failures the user can act on come out as their own message.
 */
final class Application {

    /** H2's "Database may be already in use" error code. */
    private static final int H2_IN_USE = 90020;

    private Application() {
    }

    static ConfigurableApplicationContext start(Map<String, Object> properties, Duration dbWait, boolean web) {
        String url = String.valueOf(properties.get("spring.datasource.url"));
        if (url.startsWith("jdbc:h2:file:")) {
            waitForH2(url, dbWait);
        }
        // as command-line arguments, these win over application.properties
        String[] args = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        try {
            return new SpringApplicationBuilder(DetenteApplication.class)
                    .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .run(args);
        } catch (RuntimeException e) {
            throw userFacing(e);
        }
    }

    static void waitForH2(String url, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            // IFEXISTS: only a look; a database that does not exist yet is not created here
            try (Connection ignored = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "")) {
                return;
            } catch (SQLException e) {
                if (e.getErrorCode() != H2_IN_USE) {
                    return; // anything else is for the application's own start to report
                }
                if (System.nanoTime() > deadline) {
                    throw new DatabaseBusyException("the database " + url.replaceFirst(";.*", "")
                            + " is in use by another process (an H2 file database serves one process at a time); "
                            + "waited " + wait.toSeconds() + " s. Try again when it is done, raise --db-wait, "
                            + "or use PostgreSQL for processes that run at the same time");
                }
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseBusyException("interrupted while waiting for the database");
        }
    }

    /** The cause a user can act on, without Spring's bean-creation wrapping around it. */
    private static RuntimeException userFacing(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SchemaTooNewException schema) {
                return schema;
            }
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_IN_USE) {
                return new DatabaseBusyException("the database is in use by another process: "
                        + sql.getMessage().replaceAll("\\s+", " "));
            }
        }
        return e;
    }

    /** The database could not be had in time. */
    static final class DatabaseBusyException extends RuntimeException {
        DatabaseBusyException(String message) {
            super(message);
        }
    }
}
