package org.detente.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    static final SentenceSplitter SPLITTER = new SentenceSplitter();

    static List<String> sentences(String text) {
        return SPLITTER.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsPlainSentences() {
        assertThat(sentences("Talks continued. The exercises ended on Sunday."))
                .containsExactly("Talks continued.", "The exercises ended on Sunday.");
    }

    @Nested
    class KeepsTogether {

        @Test
        void titlesAndRanks() {
            assertThat(sentences("Gen. Mark Milley and Lt. Col. Smith met Mr. Putin's envoy. They talked."))
                    .containsExactly("Gen. Mark Milley and Lt. Col. Smith met Mr. Putin's envoy.", "They talked.");
        }

        @Test
        void datesAndTimes() {
            assertThat(sentences("They met at 10 a.m. on Jan. 5 in Geneva. Talks resumed."))
                    .containsExactly("They met at 10 a.m. on Jan. 5 in Geneva.", "Talks resumed.");
        }

        @Test
        void abbreviationsBeforeNumbers() {
            assertThat(sentences("Troops were seen approx. 300 km from the border."))
                    .containsExactly("Troops were seen approx. 300 km from the border.");
        }

        @Test
        void countryAbbreviations() {
            assertThat(sentences("The U.S. embassy would move to Lviv, the U.N. said."))
                    .containsExactly("The U.S. embassy would move to Lviv, the U.N. said.");
        }

        @Test
        void middleInitials() {
            assertThat(sentences("John F. Kennedy met Khrushchev in Vienna. Talks followed."))
                    .containsExactly("John F. Kennedy met Khrushchev in Vienna.", "Talks followed.");
        }

        @Test
        void aDatelineWithItsFirstSentence() {
            assertThat(sentences("KYIV, Feb 14 (Reuters) - Russia could invade on Wednesday. Flights were cancelled."))
                    .containsExactly("KYIV, Feb 14 (Reuters) - Russia could invade on Wednesday.",
                            "Flights were cancelled.");
        }
    }

    @Nested
    class Quotes {

        @Test
        void closingQuoteStaysWithItsSentence() {
            assertThat(sentences("Lavrov replied: “We will not allow it.” But he said, “there are always chances.”"))
                    .containsExactly("Lavrov replied: “We will not allow it.”",
                            "But he said, “there are always chances.”");
        }

        @Test
        void anOpeningQuoteAfterAFullStopStartsASentence() {
            assertThat(sentences("They met on Jan. 5. \"We are not going to war,\" he said."))
                    .containsExactly("They met on Jan. 5.", "\"We are not going to war,\" he said.");
        }
    }

    @Nested
    class LineBreaks {

        @Test
        void areHardBoundariesEvenWithoutAFullStop() {
            assertThat(sentences("Ukraine hails ‘positive’ defense talks with Belarus\nWe discussed our agenda."))
                    .containsExactly("Ukraine hails ‘positive’ defense talks with Belarus", "We discussed our agenda.");
        }

        @Test
        void blankLinesGiveNoSentence() {
            assertThat(sentences("\n\n  First.\r\n\r\n\tSecond.  \n")).containsExactly("First.", "Second.");
        }
    }

    @Test
    void givesOffsetsInTheWholeText() {
        String text = "Intro line\n\nThe drills ended. Talks resumed.";

        assertThat(SPLITTER.split(text)).containsExactly(new SentenceSpan(0, 10), new SentenceSpan(12, 29),
                new SentenceSpan(30, 44));
    }
}
