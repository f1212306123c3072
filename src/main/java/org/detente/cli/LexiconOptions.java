package org.detente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.detente.score.Lexicon;
import org.detente.score.LexiconException;
import org.detente.score.LexiconLoader;
import picocli.CommandLine.Option;

/** Options of the commands that score text without a watch: which lexicon, by name or file. */
class LexiconOptions {

    @Option(names = "--lexicon", paramLabel = "NAME|FILE", defaultValue = "default",
            description = "Lexicon name (JOBS/lexicons/NAME.yaml) or a lexicon file ending in .yaml "
                    + "(default: ${DEFAULT-VALUE}).")
    String lexicon;

    @Option(names = "--jobs", paramLabel = "DIR", defaultValue = "jobs",
            description = "Folder of watches and lexicons (default: ${DEFAULT-VALUE}).")
    String jobs;

    /** The lexicon, loaded and checked; a bad name or file is a {@link UserInputException}. */
    Lexicon load() {
        Path file = lexicon.endsWith(".yaml") ? Path.of(lexicon)
                : Home.resolve(jobs).resolve("lexicons").resolve(lexicon + ".yaml");
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("unknown lexicon '" + lexicon + "': no file " + file);
        }
        try {
            return LexiconLoader.load(file);
        } catch (LexiconException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
