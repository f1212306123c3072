package org.detente.batch;

/** An item the step skips and records, naming the page it came from. */
class SkippedItemException extends RuntimeException {

    private final String url;

    SkippedItemException(String url, String reason, Throwable cause) {
        super(reason, cause);
        this.url = url;
    }

    String url() {
        return url;
    }
}
