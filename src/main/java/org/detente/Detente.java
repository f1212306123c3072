package org.detente;

import org.detente.cli.DetenteCli;

/** The jar's entry point: the {@code detente} command line. */
public final class Detente {

    private Detente() {
    }

    public static void main(String[] args) {
        DetenteCli.main(args);
    }
}
