package org.detente.watch;

/**
 * A watch could not be found, read or validated.
 *
 * <p>The message is always one line. When the problem is in a file it starts with that file and, when
 * known, its 1-based line: {@code jobs/watches/demo.yaml:4: unknown key 'titel' (known keys: ...)}.
 */
public class WatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WatchException(String message) {
        super(oneLine(message));
    }

    public WatchException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    private static String oneLine(String message) {
        return message == null ? null : message.replaceAll("\\s*\\R\\s*", " ");
    }
}
