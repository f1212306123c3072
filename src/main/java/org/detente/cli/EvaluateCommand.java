package org.detente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.detente.score.Evaluation;
import org.detente.score.EvaluationReport;
import org.detente.score.LabelledSentence;
import org.detente.score.LabelledSentences;
import org.detente.score.Lexicon;
import org.detente.score.SignalScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code detente evaluate}: the lexicon measured against sentences labelled escalation, de-escalation or neutral. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Measure a lexicon on labelled sentences: precision, recall and F1 per class, macro-F1, "
                + "the same for the odd and even rows apart, the confusions and a sample of errors.%n"
                + "FILE is tab-separated UTF-8 with a header naming the columns id, text and label_class "
                + "(escalation, de-escalation or neutral).")
class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Labelled sentences (TSV).")
    Path file;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "20",
            description = "How many misread sentences to list (default: ${DEFAULT-VALUE}).")
    int errors;

    @Mixin
    LexiconOptions lexiconOptions;

    @Override
    public Integer call() {
        Lexicon lexicon = lexiconOptions.load();
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("no such file: " + file);
        }
        List<LabelledSentence> sentences;
        try {
            sentences = LabelledSentences.read(file);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        Evaluation evaluation = Evaluation.run(new SignalScorer(lexicon), sentences);
        EvaluationReport.print(spec.commandLine().getOut(), lexicon, evaluation, errors);
        return 0;
    }
}
