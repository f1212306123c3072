package org.detente.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options shared by the commands that run the pipeline: where configuration, reports and the database are. */
class PipelineOptions {

    @Option(names = "--jobs", paramLabel = "DIR", defaultValue = "jobs",
            description = "Folder of watches and lexicons (default: ${DEFAULT-VALUE}).")
    String jobs;

    @Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports",
            description = "Folder the reports are written under (default: ${DEFAULT-VALUE}).")
    String reports;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Database URL (default: $DETENTE_DB_URL, else an H2 file under data/).")
    String db;

    @Option(names = "--db-wait", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long to wait for an H2 database another process has open (default: ${DEFAULT-VALUE}).")
    int dbWaitSeconds;

    java.time.Duration dbWait() {
        return java.time.Duration.ofSeconds(Math.max(0, dbWaitSeconds));
    }

    Path jobsDir() {
        return Home.resolve(jobs);
    }

    Path reportsDir() {
        return Home.resolve(reports);
    }

    /** Spring properties for the application context these options describe. */
    Map<String, Object> springProperties() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("detente.jobs-dir", jobsDir().toString());
        props.put("detente.reports-dir", reportsDir().toString());
        String url = db != null ? db : System.getenv("DETENTE_DB_URL");
        if (url == null || url.isBlank()) {
            url = "jdbc:h2:file:" + Home.resolve("data").resolve("detente").toAbsolutePath()
                    + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        }
        props.put("spring.datasource.url", url);
        if (!url.startsWith("jdbc:h2:")) {
            // H2's default user 'sa' means nothing elsewhere: take the user from the environment or the URL itself
            props.put("spring.datasource.username", envOrEmpty("DETENTE_DB_USER"));
            props.put("spring.datasource.password", envOrEmpty("DETENTE_DB_PASSWORD"));
        }
        return props;
    }

    private static String envOrEmpty(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }
}
