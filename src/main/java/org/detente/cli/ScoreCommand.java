package org.detente.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.detente.score.Lexicon;
import org.detente.score.SignalJson;
import org.detente.score.SignalScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code detente score}: signals of a text, or of each line of a file, as JSON. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score text with a lexicon and print its signals as JSON.%n"
                + "Without --lines the whole input is one article and one object is printed; with --lines each "
                + "input line is one text and one object per line is printed, in order.")
class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|-", defaultValue = "-",
            description = "UTF-8 text to score; '-' or nothing reads standard input.")
    String input;

    @Option(names = "--lines", description = "Score each line on its own; print one JSON object per line.")
    boolean lines;

    @Mixin
    LexiconOptions lexiconOptions;

    @Override
    public Integer call() throws IOException {
        Lexicon lexicon = lexiconOptions.load();
        SignalScorer scorer = new SignalScorer(lexicon);
        PrintWriter out = spec.commandLine().getOut();
        SignalJson json = new SignalJson(out, lexicon);
        try (BufferedReader in = new BufferedReader(open())) {
            if (lines) {
                int number = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    json.write(++number, scorer.score(line));
                }
            } else {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[8192];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    text.append(buffer, 0, n);
                }
                json.write(null, scorer.score(text.toString()));
            }
        }
        out.flush();
        return 0;
    }

    private Reader open() throws IOException {
        if (input.equals("-")) {
            return new InputStreamReader(System.in, StandardCharsets.UTF_8);
        }
        try {
            return Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserInputException("no such file: " + input);
        }
    }
}
