package org.detente.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TokenPatternTest {

    /** The words of {@code sentence} the pattern's first match covers, or null. */
    static String evidence(String pattern, String sentence) {
        Token[] tokens = Tokenizer.tokenize(sentence, 0, sentence.length());
        Match m = TokenPattern.compile(pattern).find(tokens);
        return m == null ? null : sentence.substring(tokens[m.start()].start(), tokens[m.end() - 1].end());
    }

    @Nested
    class Words {

        @Test
        void matchCaseInsensitivelyAndWholeWordsOnly() {
            assertThat(evidence("talks continue", "The Talks CONTINUE today")).isEqualTo("Talks CONTINUE");
            assertThat(evidence("talk", "The talks continue")).isNull();
        }

        @Test
        void ignorePunctuationBetweenWords() {
            assertThat(evidence("still a chance to agree", "still a “chance” to agree")).isEqualTo("still a “chance” to agree");
        }

        @Test
        void notMatchesContractedNegation() {
            assertThat(evidence("will not allow", "We won't allow it")).isEqualTo("won't allow");
        }
    }

    @Nested
    class Wildcards {

        @Test
        void matchWordsStartingWithTheStem() {
            assertThat(evidence("exercis* ended", "The exercises ended")).isEqualTo("exercises ended");
            assertThat(evidence("exercis* ended", "The exercise ended")).isEqualTo("exercise ended");
        }

        @Test
        void needAtLeastThreeLetters() {
            assertThatThrownBy(() -> TokenPattern.compile("ex*")).hasMessageContaining("at least 3 letters");
        }
    }

    @Nested
    class Alternatives {

        @Test
        void matchAnyOfTheirBranches() {
            assertThat(evidence("exercises (end|ended|over)", "the exercises ended")).isEqualTo("exercises ended");
            assertThat(evidence("exercises (end|ended|over)", "the exercises over")).isEqualTo("exercises over");
        }

        @Test
        void mayHoldSeveralWords() {
            assertThat(evidence("(war games|drills) began", "The war games began")).isEqualTo("war games began");
        }
    }

    @Nested
    class OptionalWords {

        @Test
        void areTakenWhenPresentAndSkippedWhenNot() {
            assertThat(evidence("end of [the] drills", "the end of the drills")).isEqualTo("end of the drills");
            assertThat(evidence("end of [the] drills", "the end of drills")).isEqualTo("end of drills");
        }
    }

    @Nested
    class Gaps {

        @Test
        void skipUpToSixWordsByDefault() {
            assertThat(evidence("exercises ... ended", "exercises in Russia and Belarus have now ended"))
                    .isEqualTo("exercises in Russia and Belarus have now ended");
            assertThat(evidence("exercises ... ended", "exercises in Russia and Belarus have now finally ended"))
                    .isNull();
        }

        @Test
        void takeACustomBound() {
            assertThat(evidence("exercises ..2.. ended", "exercises have now ended")).isEqualTo("exercises have now ended");
            assertThat(evidence("exercises ..2.. ended", "exercises in Belarus have now ended")).isNull();
        }

        @Test
        void preferTheShortestMatch() {
            assertThat(evidence("exercises ... (end|ended)", "exercises ended and will end")).isEqualTo("exercises ended");
        }

        @Test
        void recordOnlyThePatternsOwnWordsAsConsumed() {
            Token[] tokens = Tokenizer.tokenize("exercises are not ending", 0, 24);
            Match m = TokenPattern.compile("exercises ... ending").find(tokens);

            assertThat(m.consumed()).containsExactly(0, 3);
            assertThat(m.specificity()).isEqualTo(2);
        }
    }

    @Test
    void anchorsAreTheWordsAMatchCanStartWith() {
        assertThat(TokenPattern.compile("[the|a] (exercis*|drills) ended").anchors())
                .containsExactlyInAnyOrder("the", "a", "exercis*", "drills");
    }

    @Nested
    class MalformedPatterns {

        @Test
        void unbalancedParentheses() {
            assertThatThrownBy(() -> TokenPattern.compile("(a|b")).hasMessage("unbalanced '('");
            assertThatThrownBy(() -> TokenPattern.compile("a|b)")).hasMessage("unbalanced '|'");
            assertThatThrownBy(() -> TokenPattern.compile("[a b")).hasMessage("unbalanced '['");
            assertThatThrownBy(() -> TokenPattern.compile("(a]")).hasMessage("'(' closed by ']'");
        }

        @Test
        void emptyAlternatives() {
            assertThatThrownBy(() -> TokenPattern.compile("(a|)")).hasMessageContaining("empty alternative");
        }

        @Test
        void gapsAtTheEdgesInsideGroupsOrInARow() {
            assertThatThrownBy(() -> TokenPattern.compile("... a")).hasMessageContaining("cannot start with a gap");
            assertThatThrownBy(() -> TokenPattern.compile("[x] ... a")).hasMessageContaining("cannot start with a gap");
            assertThatThrownBy(() -> TokenPattern.compile("a ...")).hasMessageContaining("cannot end with a gap");
            assertThatThrownBy(() -> TokenPattern.compile("(a ... b)")).hasMessageContaining("inside ( ) or [ ]");
            assertThatThrownBy(() -> TokenPattern.compile("a ... ..2.. b")).hasMessageContaining("two gaps");
            assertThatThrownBy(() -> TokenPattern.compile("a ..0.. b")).hasMessageContaining("not within 1..20");
        }

        @Test
        void patternsThatCanMatchNothing() {
            assertThatThrownBy(() -> TokenPattern.compile("[a] [b]")).hasMessageContaining("can match nothing");
            assertThatThrownBy(() -> TokenPattern.compile("  ")).hasMessage("empty pattern");
        }

        @Test
        void wordsTheTextWouldSplit() {
            assertThatThrownBy(() -> TokenPattern.compile("russia's")).hasMessageContaining("not a single word");
            assertThatThrownBy(() -> TokenPattern.compile("ex*cise")).hasMessageContaining("may only end a word");
        }
    }
}
