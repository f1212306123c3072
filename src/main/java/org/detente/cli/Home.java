package org.detente.cli;

import java.nio.file.Path;

/**
 * The folder relative paths are taken from: {@code DETENTE_HOME} when the launcher sets it (so the command works
 * from any working directory), else the working directory.
 */
final class Home {

    private Home() {
    }

    static Path resolve(String path) {
        Path p = Path.of(path);
        String home = System.getenv("DETENTE_HOME");
        return p.isAbsolute() || home == null || home.isBlank() ? p : Path.of(home).resolve(p).normalize();
    }
}
