package org.detente.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendCalculatorTest {

    private static final LocalDate START = LocalDate.of(2022, 1, 1);
    private final TrendCalculator calculator = new TrendCalculator(TrendSettings.standard());

    @Test
    void changeIsTheDifferenceFromTheCalendarDayBefore() {
        List<IndicatorTrend> trends = calculator.calculate(List.of(day(0, -0.5), day(1, 0.25)));

        assertThat(trends.get(0).change()).isNull();
        assertThat(trends.get(1).change()).isEqualTo(0.75);
    }

    @Test
    void aDayWithoutSignalsIsAGapNotAZero() {
        List<IndicatorTrend> trends = calculator.calculate(List.of(day(0, -0.5), quiet(1), day(2, 0.5)));

        assertThat(trends.get(1).netIndex()).isNull();
        assertThat(trends.get(1).change()).isNull();
        assertThat(trends.get(2).change()).as("the day before is a gap").isNull();
        assertThat(trends.get(2).smoothed()).as("mean of -0.5 and 0.5, the quiet day left out").isEqualTo(0.0);
    }

    @Test
    void smoothedIsTheMeanOfTheLastSevenDaysWithSignals() {
        List<DailyIndicator> rows = new ArrayList<>();
        double[] nets = {1, -1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
        for (int i = 0; i < nets.length; i++) {
            rows.add(day(i, nets[i]));
        }

        List<IndicatorTrend> trends = calculator.calculate(rows);

        assertThat(trends.get(6).smoothed()).isCloseTo((1 - 1 + 2.5) / 7, within(0.0001));
        assertThat(trends.get(7).smoothed()).as("day 0 has left the window").isCloseTo((-1 + 6 * 0.5) / 7, within(0.0001));
    }

    @Test
    void aBusyDayWeighsTheSameAsAQuietOneInTheSmoothedIndex() {
        DailyIndicator busy = new DailyIndicator("w", START, "total", 400, 0, 2000, 0, -1, 900, 40, "v1");
        DailyIndicator quietDay = new DailyIndicator("w", START.plusDays(1), "total", 0, 2, 0, 4, 1, 3, 1, "v1");

        List<IndicatorTrend> trends = calculator.calculate(List.of(busy, quietDay));

        assertThat(trends.get(1).smoothed()).isEqualTo(0.0);
        assertThat(trends.get(0).escalationPerArticle()).isCloseTo(2000 / 900.0, within(0.0001));
        assertThat(trends.get(1).deEscalationPerArticle()).isCloseTo(4 / 3.0, within(0.0001));
    }

    @Test
    void zScoreComparesTheDayWithTheBaselineBeforeIt() {
        List<DailyIndicator> rows = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            rows.add(day(i, i % 2 == 0 ? 0.1 : -0.1));
        }
        rows.add(day(28, -0.9));

        List<IndicatorTrend> trends = calculator.calculate(rows);

        double sd = Math.sqrt(28 * 0.01 / 27);
        assertThat(trends.get(28).baselineZ()).isCloseTo(-0.9 / sd, within(0.0001));
        assertThat(trends.get(6).baselineZ()).as("six baseline days are too few").isNull();
        assertThat(trends.get(7).baselineZ()).isNotNull();
    }

    @Test
    void aFlatBaselineDividesByTheMinimumSpread() {
        List<DailyIndicator> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(day(i, 0.2));
        }
        rows.add(day(10, 0.3));

        assertThat(calculator.calculate(rows).get(10).baselineZ()).isCloseTo(0.1 / 0.05, within(0.0001));
    }

    @Test
    void trendWordComparesTheSmoothedIndexWithAWeekEarlier() {
        List<DailyIndicator> rows = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            rows.add(day(i, 0));
        }
        rows.add(day(7, 1.4));
        rows.add(day(8, -2.8));

        List<IndicatorTrend> trends = calculator.calculate(rows);

        assertThat(trends.get(6).trend()).as("no smoothed value a week before day 6").isNull();
        assertThat(trends.get(7).trend()).as("0 -> 0.2").isEqualTo(TrendWord.IMPROVED);
        assertThat(trends.get(8).trend()).as("0 -> -0.2").isEqualTo(TrendWord.DETERIORATED);
    }

    @Test
    void smallMovesReadUnchanged() {
        assertThat(TrendWord.of(0.149, 0.15)).isEqualTo(TrendWord.UNCHANGED);
        assertThat(TrendWord.of(-0.149, 0.15)).isEqualTo(TrendWord.UNCHANGED);
        assertThat(TrendWord.of(0.15, 0.15)).isEqualTo(TrendWord.IMPROVED);
        assertThat(TrendWord.of(-0.15, 0.15)).isEqualTo(TrendWord.DETERIORATED);
    }

    @Test
    void aDateIsReadFromItselfAndEarlierDatesOnly() {
        List<DailyIndicator> early = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            early.add(day(i, Math.sin(i)));
        }
        List<DailyIndicator> all = new ArrayList<>(early);
        for (int i = 20; i < 40; i++) {
            all.add(day(i, Math.cos(i)));
        }

        assertThat(calculator.calculate(all).subList(0, 20)).isEqualTo(calculator.calculate(early));
    }

    @Test
    void categoriesAreReadSeparately() {
        DailyIndicator a = new DailyIndicator("w", START, "diplomacy", 0, 1, 0, 1, 1, 1, 1, "v1");
        DailyIndicator b = new DailyIndicator("w", START.plusDays(1), "sanctions", 1, 0, 1, 0, -1, 1, 1, "v1");

        assertThat(calculator.calculate(List.of(a, b)).get(1).change()).isNull();
    }

    /** A day of the total row whose net index is {@code net}, built from intensities that give it. */
    private static DailyIndicator day(int offset, double net) {
        double de = 1 + net;
        double esc = 1 - net;
        return new DailyIndicator("w", START.plusDays(offset), "total", 1, 1, esc, de, net, 2, 2, "v1");
    }

    private static DailyIndicator quiet(int offset) {
        return new DailyIndicator("w", START.plusDays(offset), "total", 0, 0, 0, 0, 0, 0, 0, "v1");
    }
}
