package org.detente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineRulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Log in|''",
        "Share this article:|''",
        "Advertisement|''",
        "Login to the party was late.|Login to the party was late.",
    })
    void interfaceLabelsAreDroppedAndSentencesKept(String line, String expected) {
        assertThat(new DropInterfaceLabels().apply(line)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Already have an account? Log in|Log in",
        "Troops withdrew. Follow our live updates below.|Troops withdrew.",
        "This article is exclusive to subscribers|''",
        "Share your story with us by email.|''",
        "He read the latest updates aloud.|He read the latest updates aloud.",
    })
    void readerPromptsAreCutOutOfTheLine(String line, String expected) {
        assertThat(new DropReaderPrompts().apply(line)).isEqualTo(expected);
    }
}
