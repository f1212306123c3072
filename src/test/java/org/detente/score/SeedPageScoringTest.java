package org.detente.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What an analyst reads in the seed page (Mubasher, 14 February 2022), sentence by sentence, scored with the
 * default lexicon. Each reading is "rule direction intensity [modifiers]".
 */
class SeedPageScoringTest {

    static String text;
    static List<Signal> signals;

    @BeforeAll
    static void scoreThePage() throws IOException {
        try (var in = SeedPageScoringTest.class.getResourceAsStream("/score/seed-article.txt")) {
            text = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        signals = new SignalScorer(LexiconLoader.load(Path.of("jobs/lexicons/default.yaml"))).score(text);
    }

    /** The readings of the sentence starting with {@code sentenceStart}, in text order. */
    static List<String> readings(String sentenceStart) {
        assertThat(text).contains(sentenceStart);
        return signals.stream().filter(s -> s.sentence().startsWith(sentenceStart))
                .map(s -> s.rule() + " " + s.direction().label() + " " + s.intensity() + " " + s.modifiers())
                .toList();
    }

    @Nested
    class MilitaryPosture {

        @Test
        void exercisesNearingCompletionAreDeEscalationHedgedBecauseOnlyCouldBeASign() {
            assertThat(readings("Russian Defense Minister Sergei Shoigu told Putin on Monday that some massive"))
                    .containsExactly("exercises-ending de-escalation 2.0 [hedged, reported:russia]");
        }

        @Test
        void exercisesEndingIsDeEscalationWhileThoseStillUnderwayWeighSlightlyAgainstIt() {
            // "some will end in the near future" is the same rule: one signal per rule and sentence,
            // the first match ("are ending") wins. "exercises that began in December" is no new start:
            // the more specific "still underway" reading of the same words wins.
            assertThat(readings("“Some of these exercises are ending"))
                    .containsExactly("exercises-ending de-escalation 4.0 [quoted:russia]",
                            "exercises-ongoing escalation -2.0 [reported:russia]");
        }
    }

    @Nested
    class Diplomacy {

        @Test
        void stillAChanceToAgreeIsDeEscalationHedgedByAppearedToBeAPossibleRetreat() {
            assertThat(readings("Russian Foreign Minister Sergei Lavrov told President Vladimir Putin"))
                    .containsExactly("chance-of-agreement de-escalation 1.5 [hedged, reported:russia]");
        }

        @Test
        void positiveDefenseTalksWithBelarusAreDeEscalation() {
            assertThat(readings("Ukraine hails ‘positive’ defense talks with Belarus"))
                    .containsExactly("talks-positive de-escalation 4.0 []");
        }

        @Test
        void aFirstStepTowardsFruitfulCooperationIsDeEscalation() {
            assertThat(readings("He said in a statement that this is a positive sign"))
                    .containsExactly("talks-positive de-escalation 4.0 [reported]");
        }

        @Test
        void advisedToContinueTalksIsDeEscalationButOnlyADemand() {
            assertThat(readings("Russia’s top diplomat is urging Putin"))
                    .containsExactly("talks-continue de-escalation 1.5 [demand]");
        }

        @Test
        void willNotAllowEndlessNegotiationsIsEscalationAndItsNotIsNoNegation() {
            assertThat(readings("Lavrov replied: “We have already warned"))
                    .containsExactly("endless-negotiations-refused escalation -5.0 [quoted]");
        }

        @Test
        void itWasNotSatisfactoryIsEscalation() {
            assertThat(readings("It was not satisfactory."))
                    .containsExactly("response-unsatisfactory escalation -4.0 []");
        }

        @Test
        void possibilitiesNotYetExhaustedIsDeEscalationHedgedByItSeemsToMe() {
            assertThat(readings("He added, “It seems to me that our possibilities are not yet exhausted"))
                    .containsExactly("chance-of-agreement de-escalation 1.5 [hedged, quoted]");
        }
    }

    @Nested
    class ArmsControl {

        @Test
        void theUsOfferOfDialogueOnMissileLimitsExerciseRestrictionsAndConfidenceBuildingIsDeEscalation() {
            assertThat(readings("He noted that the United States has offered to hold a dialogue"))
                    .containsExactly("proposals-offered de-escalation 4.0 [reported]",
                            "deployment-limits de-escalation 5.0 [reported]",
                            "exercise-restrictions de-escalation 4.0 [reported]",
                            "confidence-building de-escalation 4.0 [reported]");
        }

        @Test
        void lavrovsAccountOfTheSameProposalsReadsTheSameWithRiskReduction() {
            assertThat(readings("Lavrov told Putin that the United States had made concrete proposals"))
                    .containsExactly("proposals-offered de-escalation 4.0 [reported:russia]",
                            "risk-reduction de-escalation 4.0 [reported:russia]",
                            "deployment-limits de-escalation 5.0 [reported:russia]",
                            "exercise-restrictions de-escalation 4.0 [reported:russia]",
                            "confidence-building de-escalation 4.0 [reported:russia]");
        }
    }

    @Nested
    class AviationAndIncidents {

        @Test
        void insurersTerminatingCoverForFlightsInUkrainianAirspaceIsEscalation() {
            assertThat(readings("Ukraine Airlines said it had received an official notification"))
                    .containsExactly("insurance-cancelled escalation -5.0 [reported:ukraine]");
        }

        @Test
        void anAmericanSubmarineSpottedInRussianWatersIsOneEscalation() {
            assertThat(readings("The Russian Defense Minister said that an American submarine was spotted"))
                    .containsExactly("vessel-intrusion escalation -5.0 [reported:russia]");
        }
    }

    @Nested
    class SentencesWithoutSignal {

        @Test
        void discussingAnAgendaAndOutliningFutureStepsIsNotASignal() {
            // Decided: routine meeting language without a word on its tone or outcome is no signal;
            // the positive reading comes from the next sentence ("a positive sign ... fruitful cooperation").
            assertThat(readings("We discussed our agenda and outlined our future steps.")).isEmpty();
        }

        @Test
        void putinsQuestionWhetherThereIsAChanceIsNotASignal() {
            assertThat(readings("In a televised interview, Putin asked Lavrov if there was a chance")).isEmpty();
        }

        @Test
        void thereAreAlwaysOpportunitiesIsTooGeneralToBeASignal() {
            // Decided: "there are always opportunities" reads as de-escalation only in context; as a rule it
            // would fire on business news. Its next sentence ("possibilities are not yet exhausted") carries it.
            assertThat(readings("But as Secretary of State, he said")).isEmpty();
        }

        @Test
        void theCookieBannerScoredAloneGivesNoSignal() {
            String banner = "This website uses cookies to improve your experience. We'll assume you're ok with "
                    + "this, but you can opt-out if you wish. Accept Read More";

            assertThat(new SignalScorer(LexiconLoader.load(Path.of("jobs/lexicons/default.yaml"))).score(banner))
                    .isEmpty();
        }
    }

    @Test
    void thePageAsAWholeLeansToDeEscalation() {
        double net = signals.stream().mapToDouble(Signal::intensity).sum();

        assertThat(signals).hasSize(21);
        assertThat(net).isPositive();
    }

    @Test
    void everySignalsEvidenceIsTheTextAtItsOffsetsInsideItsSentence() {
        assertThat(signals).allSatisfy(s -> {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.evidence());
            assertThat(s.sentence()).contains(s.evidence());
            assertThat(Math.signum(s.intensity()))
                    .isEqualTo(s.direction() == Direction.ESCALATION ? -1.0 : 1.0);
        });
    }

    @Test
    void signalsComeInTextOrder() {
        assertThat(signals).extracting(Signal::start).isSorted();
    }
}
