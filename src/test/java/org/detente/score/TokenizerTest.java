package org.detente.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    static List<String> words(String text) {
        return Arrays.stream(Tokenizer.tokenize(text, 0, text.length())).map(Token::norm).toList();
    }

    @Test
    void lowercasesAndDropsPunctuation() {
        assertThat(words("Russia, Belarus: “Exercises” end.")).containsExactly("russia", "belarus", "exercises", "end");
    }

    @Test
    void keepsHyphenatedWordsAbbreviationsAndDecimalsWhole() {
        assertThat(words("Confidence-building U.S. de-escalation 5.5 U.S.-led")).containsExactly(
                "confidence-building", "u.s", "de-escalation", "5.5", "u.s", "led");
    }

    @Test
    void splitsContractedNegationIntoNot() {
        assertThat(words("don't won't can't cannot isn’t")).containsExactly("do", "not", "will", "not", "can", "not",
                "can", "not", "is", "not");
    }

    @Test
    void splitsClitics() {
        assertThat(words("Russia’s troops; we'll see")).containsExactly("russia", "'s", "troops", "we", "will", "see");
    }

    @Test
    void givesOffsetsInTheWholeText() {
        String text = "First. The talks didn't end.";
        Token[] tokens = Tokenizer.tokenize(text, 7, text.length());

        assertThat(tokens).extracting(t -> text.substring(t.start(), t.end()))
                .containsExactly("The", "talks", "did", "n't", "end");
    }

    @Test
    void marksClauseBreaksAndCapitals() {
        Token[] tokens = Tokenizer.tokenize("Not now, said Lavrov", 0, 20);

        assertThat(tokens).extracting(Token::breakBefore).containsExactly(false, false, true, false);
        assertThat(tokens).extracting(Token::capitalized).containsExactly(true, false, false, true);
    }

    @Test
    void treatsASpacedHyphenAsADash() {
        Token[] tokens = Tokenizer.tokenize("risks - and offered", 0, 19);

        assertThat(tokens).extracting(Token::breakBefore).containsExactly(false, true, false);
    }
}
