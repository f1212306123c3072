package org.detente.archive;

/** The database was migrated by a newer Detente than the one running. */
public class SchemaTooNewException extends RuntimeException {

    public SchemaTooNewException(String message) {
        super(message);
    }
}
