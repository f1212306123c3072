package org.detente.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.detente.score.Direction;
import org.detente.score.Signal;
import org.junit.jupiter.api.Test;

class IndicatorCalculatorTest {

    private static final LocalDate DAY = LocalDate.of(2022, 2, 14);
    private final IndicatorCalculator calculator = new IndicatorCalculator();

    @Test
    void netIndexIsTheBalanceOfDeEscalationOverEscalationIntensity() {
        List<DailyIndicator> rows = calculator.calculate("demo", DAY, List.of("diplomacy"), "v1", List.of(
                article("s1", "A", signal("diplomacy", 6), signal("diplomacy", -2))));

        DailyIndicator diplomacy = row(rows, "diplomacy");
        assertThat(diplomacy.deEscalationSignals()).isEqualTo(1);
        assertThat(diplomacy.escalationSignals()).isEqualTo(1);
        assertThat(diplomacy.deEscalationIntensity()).isEqualTo(6.0);
        assertThat(diplomacy.escalationIntensity()).isEqualTo(2.0);
        assertThat(diplomacy.netIndex()).isEqualTo(0.5);
    }

    @Test
    void aStoryCarriedByTwoOutletsCountsOnce() {
        List<DailyIndicator> rows = calculator.calculate("demo", DAY, List.of("sanctions"), "v1", List.of(
                article("wire", "A", signal("sanctions", -5)),
                article("wire", "B", signal("sanctions", -5)),
                article("other", "B", signal("sanctions", -3))));

        DailyIndicator sanctions = row(rows, "sanctions");
        assertThat(sanctions.escalationSignals()).isEqualTo(2);
        assertThat(sanctions.escalationIntensity()).isEqualTo(8.0);
        assertThat(sanctions.netIndex()).isEqualTo(-1.0);
        assertThat(sanctions.articles()).isEqualTo(3);
        assertThat(sanctions.sources()).isEqualTo(2);
    }

    @Test
    void everyDeclaredCategoryGetsARowAndTheTotalComesLast() {
        List<DailyIndicator> rows = calculator.calculate("demo", DAY, List.of("diplomacy", "sanctions"), "v1",
                List.of(article("s1", "A", signal("diplomacy", 4))));

        assertThat(rows).extracting(DailyIndicator::category).containsExactly("diplomacy", "sanctions", "total");
        assertThat(row(rows, "sanctions").netIndex()).isZero();
        assertThat(row(rows, "sanctions").escalationSignals()).isZero();
        assertThat(row(rows, "total").netIndex()).isEqualTo(1.0);
        assertThat(rows).allSatisfy(r -> assertThat(r.lexiconVersion()).isEqualTo("v1"));
    }

    @Test
    void aDayWithoutSignalsIsBalancedAtZero() {
        List<DailyIndicator> rows = calculator.calculate("demo", DAY, List.of("diplomacy"), "v1",
                List.of(article("s1", "A")));

        assertThat(row(rows, "total").netIndex()).isZero();
        assertThat(row(rows, "total").articles()).isEqualTo(1);
    }

    private static ScoredArticle article(String story, String outlet, Signal... signals) {
        return new ScoredArticle(story, outlet, List.of(signals));
    }

    private static Signal signal(String category, double intensity) {
        Direction d = intensity < 0 ? Direction.ESCALATION : Direction.DE_ESCALATION;
        return new Signal(category, d, intensity, "A sentence.", 0, 1, "A", "rule", List.of());
    }

    private static DailyIndicator row(List<DailyIndicator> rows, String category) {
        return rows.stream().filter(r -> r.category().equals(category)).findFirst().orElseThrow();
    }
}
