package org.detente.archive;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * Refuses a database whose schema is newer than this Detente: Flyway alone would ignore the unknown migrations and
 * the old code would then write rows a newer schema no longer means the way it thinks.
 */
public final class SchemaGuard {

    private SchemaGuard() {
    }

    /** Throws {@link SchemaTooNewException} when the database has migrations this code does not know, then migrates. */
    public static void checkAndMigrate(Flyway flyway) {
        MigrationInfo[] future = Arrays.stream(flyway.info().applied())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            String versions = Arrays.stream(future).map(m -> m.getVersion().toString()).collect(Collectors.joining(", "));
            throw new SchemaTooNewException("the database schema is newer than this Detente: it has migration(s) "
                    + versions + ", this version knows up to " + latestKnown(flyway)
                    + "; run a newer Detente on it, or restore a backup made by this version");
        }
        flyway.migrate();
    }

    private static String latestKnown(Flyway flyway) {
        return Arrays.stream(flyway.info().all())
                .filter(m -> m.getState().isResolved() && m.getVersion() != null)
                .map(m -> m.getVersion().toString())
                .reduce((a, b) -> b).orElse("none");
    }
}
