package org.detente.batch;

/** A date was asked to be rescored before it was ever run. */
public class NotRunYetException extends RuntimeException {

    public NotRunYetException(String message) {
        super(message);
    }
}
