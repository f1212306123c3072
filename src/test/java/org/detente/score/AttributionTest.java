package org.detente.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.score.ScoringFixtures.readings;

import org.junit.jupiter.api.Test;

class AttributionTest {

    @Test
    void aSpeakerOfASideBeforeTheSpeechVerbIsReportedWithTheSide() {
        assertThat(readings("The Russian defence ministry said the exercises had ended."))
                .containsExactly("exercises-ending de-escalation 4.0 [reported:russia]");
    }

    @Test
    void anInvertedSpeakerAfterTheVerbCountsToo() {
        assertThat(readings("The exercises have ended, said a NATO official."))
                .containsExactly("exercises-ending de-escalation 4.0 [reported:west]");
    }

    @Test
    void accordingToNamesTheSpeakerAfterIt() {
        assertThat(readings("According to Washington, the exercises have ended."))
                .containsExactly("exercises-ending de-escalation 4.0 [reported:west]");
    }

    @Test
    void aSideNamedInWhatIsSaidIsNotTheSpeaker() {
        assertThat(readings("He said that Russia's exercises had ended."))
                .containsExactly("exercises-ending de-escalation 4.0 [reported]");
    }

    @Test
    void aMatchInsideQuotationMarksIsQuotedWithItsSpeakersSide() {
        assertThat(readings("The Kremlin said: “The exercises have ended.”"))
                .containsExactly("exercises-ending de-escalation 4.0 [quoted:russia]");
    }

    @Test
    void straightQuotesCountAsQuotationMarks() {
        assertThat(readings("\"The exercises have ended,\" he told reporters."))
                .containsExactly("exercises-ending de-escalation 4.0 [quoted]");
    }

    @Test
    void aMatchAfterTheClosingQuoteIsNotQuoted() {
        assertThat(Attribution.insideQuotes("“Calm,” he wrote. The exercises ended.", 0, 25)).isFalse();
        assertThat(Attribution.insideQuotes("He wrote: “The exercises ended.”", 0, 15)).isTrue();
    }

    @Test
    void aSentenceNobodySaysIsNotAttributed() {
        assertThat(readings("The exercises ended on Sunday."))
                .containsExactly("exercises-ending de-escalation 4.0 []");
    }

    @Test
    void attributionLeavesTheIntensityAsTheOtherModifiersMadeIt() {
        assertThat(readings("Moscow said the exercises would end soon."))
                .containsExactly("exercises-ending de-escalation 3.0 [future, reported:russia]");
    }
}
