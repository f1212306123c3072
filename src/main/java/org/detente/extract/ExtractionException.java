package org.detente.extract;

/** A page from which no article can be read; the page is skipped and recorded, never silently dropped. */
public class ExtractionException extends RuntimeException {

    public ExtractionException(String message) {
        super(message);
    }
}
