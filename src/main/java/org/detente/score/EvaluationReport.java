package org.detente.score;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints an {@link Evaluation} for a reader: per-class figures, macro-F1, the confusions and sample errors. */
public final class EvaluationReport {

    private static final SentenceClass[] CLASSES = SentenceClass.values();

    private EvaluationReport() {
    }

    public static void print(PrintWriter out, Lexicon lexicon, Evaluation evaluation, int errorsShown) {
        ConfusionMatrix all = evaluation.all();
        out.printf(Locale.ROOT, "lexicon %s (version %s, %d rules), %d sentences%n", lexicon.name(),
                lexicon.version(), lexicon.rules().size(), all.total());
        out.printf(Locale.ROOT, "%-14s %9s %9s %9s %9s%n", "class", "precision", "recall", "f1", "sentences");
        for (SentenceClass c : CLASSES) {
            out.printf(Locale.ROOT, "%-14s %9.3f %9.3f %9.3f %9d%n", c.label(), all.precision(c), all.recall(c),
                    all.f1(c), all.expectedCount(c));
        }
        out.printf(Locale.ROOT, "macro-F1 %.3f   accuracy %.3f%n", all.macroF1(), all.accuracy());
        out.printf(Locale.ROOT, "halves: odd rows macro-F1 %.3f (%d), even rows macro-F1 %.3f (%d)%n",
                evaluation.odd().macroF1(), evaluation.odd().total(), evaluation.even().macroF1(),
                evaluation.even().total());
        out.println();
        out.printf(Locale.ROOT, "confusions (rows: labelled, columns: read as)%n%-14s", "");
        for (SentenceClass c : CLASSES) {
            out.printf(Locale.ROOT, " %14s", c.label());
        }
        out.println();
        for (SentenceClass expected : CLASSES) {
            out.printf(Locale.ROOT, "%-14s", expected.label());
            for (SentenceClass predicted : CLASSES) {
                out.printf(Locale.ROOT, " %14d", all.count(expected, predicted));
            }
            out.println();
        }
        List<Evaluation.Outcome> errors = evaluation.errors();
        if (errorsShown > 0 && !errors.isEmpty()) {
            out.println();
            out.printf(Locale.ROOT, "errors (%d of %d shown)%n", Math.min(errorsShown, errors.size()), errors.size());
            for (Evaluation.Outcome o : errors.subList(0, Math.min(errorsShown, errors.size()))) {
                out.printf(Locale.ROOT, "%s  labelled %s, read %s%s: %s%n", o.sentence().id(),
                        o.sentence().label().label(), o.predicted().label(), reasons(o.signals()), o.sentence().text());
            }
        }
        out.flush();
    }

    private static String reasons(List<Signal> signals) {
        if (signals.isEmpty()) {
            return " (no signal)";
        }
        StringBuilder text = new StringBuilder(" (");
        for (int i = 0; i < signals.size(); i++) {
            Signal s = signals.get(i);
            text.append(i == 0 ? "" : ", ").append(s.rule()).append(' ')
                    .append(String.format(Locale.ROOT, "%+.2f", s.intensity())).append(" \"").append(s.evidence())
                    .append('"');
            if (!s.modifiers().isEmpty()) {
                text.append(' ').append(String.join("+", s.modifiers()));
            }
        }
        return text.append(')').toString();
    }
}
