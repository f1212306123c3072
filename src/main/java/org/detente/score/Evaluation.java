package org.detente.score;

import java.util.ArrayList;
import java.util.List;

/**
 * The scorer measured against labelled sentences: each sentence scored alone and read as a class by
 * {@link SentenceClass#of}, counted in a confusion matrix for all sentences and for the odd and even rows apart
 * (two halves of the file: a change that helps only one half is fitted to its sentences, not a real gain).
 *
 * @param all       every sentence
 * @param odd       rows 1, 3, 5, ... of the file
 * @param even      rows 2, 4, 6, ...
 * @param outcomes  each sentence with how it was read, in file order
 */
public record Evaluation(ConfusionMatrix all, ConfusionMatrix odd, ConfusionMatrix even, List<Outcome> outcomes) {

    /** How one sentence was read. */
    public record Outcome(LabelledSentence sentence, SentenceClass predicted, List<Signal> signals) {

        public boolean correct() {
            return sentence.label() == predicted;
        }
    }

    public Evaluation {
        outcomes = List.copyOf(outcomes);
    }

    public static Evaluation run(SignalScorer scorer, List<LabelledSentence> sentences) {
        ConfusionMatrix all = new ConfusionMatrix();
        ConfusionMatrix odd = new ConfusionMatrix();
        ConfusionMatrix even = new ConfusionMatrix();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            LabelledSentence sentence = sentences.get(i);
            List<Signal> signals = scorer.score(sentence.text());
            SentenceClass predicted = SentenceClass.of(signals);
            all.add(sentence.label(), predicted);
            (i % 2 == 0 ? odd : even).add(sentence.label(), predicted);
            outcomes.add(new Outcome(sentence, predicted, signals));
        }
        return new Evaluation(all, odd, even, outcomes);
    }

    /** The sentences read wrongly, in file order. */
    public List<Outcome> errors() {
        return outcomes.stream().filter(o -> !o.correct()).toList();
    }
}
