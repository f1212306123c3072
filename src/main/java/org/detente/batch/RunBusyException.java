package org.detente.batch;

/** A run of the same watch and date is in progress, in this process or another one sharing the database. */
public class RunBusyException extends RuntimeException {

    public RunBusyException(String message) {
        super(message);
    }
}
