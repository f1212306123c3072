package org.detente.score;

/** A lexicon file that cannot be used; the message is one line, {@code file:line: what is wrong}. */
public class LexiconException extends RuntimeException {

    public LexiconException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem.replaceAll("\\s*\\R\\s*", " ").strip());
    }

    public LexiconException(String file, int line, String problem, Throwable cause) {
        this(file, line, problem);
        initCause(cause);
    }
}
