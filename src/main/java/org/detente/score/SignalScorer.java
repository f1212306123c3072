package org.detente.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.detente.score.RuleIndex.Hit;

/**
 * Scores article text with a lexicon: splits it into sentences, finds the rules that match each sentence,
 * runs every match through the modifier chain (denial, negation, demand, statement, hedging, future or
 * conditional, background),
 * keeps the most specific of overlapping matches, and returns signals in text order. One signal per rule
 * and sentence at most: the rule's first match that the modifiers let through.
 * Instances are immutable and may be shared between threads.
 */
public final class SignalScorer {

    private static final List<Modifier> CHAIN =
            List.of(new Denial(), new Negation(), new Demand(), new Statement(), new Hedging(),
                    new FutureOrConditional(), new Background());

    /** How far before a match an {@code unless} pattern may start and still cover it. */
    private static final int EXCEPTION_REACH = 12;

    private final Lexicon lexicon;
    private final RuleIndex index;
    private final Attribution attribution;
    private final SentenceSplitter splitter = new SentenceSplitter();

    public SignalScorer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.index = new RuleIndex(lexicon.rules());
        this.attribution = new Attribution(lexicon.sides());
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** The signals of {@code text}, in text order; offsets are offsets in {@code text}. */
    public List<Signal> score(String text) {
        List<Signal> signals = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return signals;
        }
        for (SentenceSpan sentence : splitter.split(text)) {
            Token[] tokens = Tokenizer.tokenize(text, sentence.start(), sentence.end());
            for (Candidate candidate : candidates(tokens)) {
                signals.add(toSignal(text, sentence, tokens, candidate));
            }
        }
        return signals;
    }

    /** Every match the modifiers let through, overlaps resolved, then the first left of each rule. */
    private List<Candidate> candidates(Token[] tokens) {
        List<Candidate> surviving = new ArrayList<>();
        Map<Rule, Boolean> hasContext = new HashMap<>();
        boolean readByARule = false;
        for (Hit hit : index.hits(tokens)) {
            Rule rule = hit.rule();
            if (!hasContext.computeIfAbsent(rule, r -> hasRequiredContext(r, tokens))) {
                continue;
            }
            readByARule |= !rule.fallback();
            if (isException(rule, hit.match(), tokens)) {
                continue;
            }
            Candidate candidate = modify(Candidate.of(rule, hit.order(), hit.match()), tokens);
            if (candidate != null) {
                surviving.add(candidate);
            }
        }
        Set<Rule> seen = new HashSet<>();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : OverlapResolver.resolve(surviving)) {
            if (seen.add(candidate.rule())) {
                kept.add(candidate);
            }
        }
        boolean read = readByARule;
        kept.removeIf(c -> c.rule().fallback() && !BroadCues.counts(c, tokens, read));
        kept.sort(Comparator.comparingInt((Candidate c) -> c.match().start())
                .thenComparingInt(c -> c.match().end()).thenComparingInt(Candidate::order));
        return kept;
    }

    private static Candidate modify(Candidate candidate, Token[] tokens) {
        for (Modifier modifier : CHAIN) {
            candidate = modifier.apply(candidate, tokens);
            if (candidate == null) {
                return null;
            }
        }
        return candidate;
    }

    private static boolean hasRequiredContext(Rule rule, Token[] tokens) {
        for (TokenPattern required : rule.requires()) {
            if (required.find(tokens) == null) {
                return false;
            }
        }
        return true;
    }

    private static List<String> withAttribution(List<String> modifiers, String attributed) {
        if (attributed == null) {
            return modifiers;
        }
        List<String> all = new ArrayList<>(modifiers);
        all.add(attributed);
        return all;
    }

    /** Whether one of the rule's {@code unless} patterns matches over a word of {@code match}. */
    private static boolean isException(Rule rule, Match match, Token[] tokens) {
        for (TokenPattern exception : rule.unless()) {
            int from = Math.max(0, match.start() - EXCEPTION_REACH);
            for (int i = from; i < match.end(); i++) {
                Match other = exception.matchAt(tokens, i);
                if (other != null && other.overlaps(match)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Signal toSignal(String text, SentenceSpan sentence, Token[] tokens, Candidate c) {
        int start = tokens[c.match().start()].start();
        int end = tokens[c.match().end() - 1].end();
        double intensity = Math.round(c.intensity() * 10_000) / 10_000.0;
        return new Signal(c.rule().category(), c.direction(), intensity,
                text.substring(sentence.start(), sentence.end()), start, end, text.substring(start, end),
                c.rule().id(), withAttribution(c.modifiers(), attribution.describe(text, sentence, tokens, c.match())));
    }
}
