package org.detente.cli;

/** Whether a person is watching: then progress is drawn as a bar, otherwise written as plain lines for logs. */
final class Terminal {

    private Terminal() {
    }

    static boolean isInteractive() {
        // Java 17: a console exists only when both standard input and output are a terminal
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }
}
