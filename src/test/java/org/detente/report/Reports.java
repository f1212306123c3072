package org.detente.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.detente.aggregate.DailyIndicator;
import org.detente.aggregate.IndicatorTrend;
import org.detente.aggregate.TrendCalculator;
import org.detente.aggregate.TrendSettings;
import org.detente.score.Direction;
import org.detente.score.Signal;

/** A small, realistic day for the report tests. */
final class Reports {

    static final LocalDate DAY = LocalDate.of(2022, 2, 14);
    static final OffsetDateTime MORNING = OffsetDateTime.of(2022, 2, 14, 9, 30, 0, 0, ZoneOffset.ofHours(1));
    static final OffsetDateTime NOON = OffsetDateTime.of(2022, 2, 14, 12, 0, 0, 0, ZoneOffset.UTC);
    static final Instant GENERATED = Instant.parse("2022-02-15T03:00:00Z");

    private Reports() {
    }

    static Signal signal(String category, double intensity, String sentence, String evidence, List<String> modifiers) {
        Direction direction = intensity < 0 ? Direction.ESCALATION : Direction.DE_ESCALATION;
        return new Signal(category, direction, intensity, sentence, 10, 10 + evidence.length(), evidence,
                category + "-rule", modifiers);
    }

    static SignalRow row(String url, String outlet, double intensity, String sentence) {
        return new SignalRow(MORNING, url, outlet, "story-" + outlet,
                signal("military-posture", intensity, sentence, "troops", List.of()));
    }

    static DailyIndicator indicator(String category, int esc, int deEsc, double escI, double deEscI, double net) {
        return new DailyIndicator("ukraine", DAY, category, esc, deEsc, escI, deEscI, net, 3, 2, "lex-2022.02");
    }

    /** The stored rows with their trends, as the report step computes them. */
    static List<IndicatorTrend> trends(List<DailyIndicator> stored) {
        return new TrendCalculator(TrendSettings.standard()).calculate(stored);
    }

    static DayReport day(List<SignalRow> signals, List<FailureRow> failures) {
        List<ArticleRow> articles = List.of(
                new ArticleRow("https://news.example/a", "Example News", "Troops mass, talks \"stall\", sides say",
                        MORNING, "en", "story-1", 2, 1, "Example News; Wire Copy Daily"),
                new ArticleRow("https://wire.example/b", "Wire", "=1+2", NOON, "en", "story-2", 0, 1, "Wire"),
                new ArticleRow("https://undated.example/c", "Undated", "No date", null, "fr", "story-3", 0, 0,
                        "Undated"));
        List<DailyIndicator> stored = List.of(
                new DailyIndicator("ukraine", DAY.minusDays(1), DailyIndicator.TOTAL, 1, 3, 1.0, 3.0, 0.5, 4, 3,
                        "lex-2022.02"),
                indicator("military-posture", 2, 0, 7.5, 0, -1),
                indicator("diplomacy", 0, 2, 0, 2.5, 1),
                indicator(DailyIndicator.TOTAL, 2, 2, 7.5, 2.5, -0.5));
        List<IndicatorTrend> history = trends(stored);
        List<IndicatorTrend> today = history.stream().filter(t -> t.date().equals(DAY)).toList();
        return DayReport.of("ukraine", "Russia–Ukraine border", DAY, "lex-2022.02", GENERATED, articles, signals,
                today, history, failures, TrendSettings.standard());
    }

    /**
     * Three weeks of a calm total (alternating +0.3 / +0.1) followed by a week sliding to escalation, ending on the
     * report date at -0.8: a deteriorating trend and an unusual day.
     */
    static DayReport fallingWeeks() {
        List<DailyIndicator> stored = new java.util.ArrayList<>();
        for (int back = 27; back >= 0; back--) {
            double net = back >= 7 ? (back % 2 == 0 ? 0.3 : 0.1) : -0.8 + back * 0.1;
            double de = 1 + net;
            double esc = 1 - net;
            stored.add(new DailyIndicator("ukraine", DAY.minusDays(back), DailyIndicator.TOTAL, 2, 2, esc, de, net, 4,
                    3, "lex-2022.02"));
        }
        List<IndicatorTrend> history = trends(stored);
        List<IndicatorTrend> today = history.stream().filter(t -> t.date().equals(DAY)).toList();
        return DayReport.of("ukraine", "Russia–Ukraine border", DAY, "lex-2022.02", GENERATED, List.of(),
                sampleSignals(), today, history, List.of(), TrendSettings.standard());
    }

    static List<SignalRow> sampleSignals() {
        return List.of(
                new SignalRow(MORNING, "https://news.example/a", "Example News", "story-1",
                        signal("military-posture", -7.0, "Troops, tanks and \"artillery\" massed\nat the border.",
                                "massed", List.of("hedged", "future"))),
                new SignalRow(MORNING, "https://news.example/a", "Example News", "story-1",
                        signal("military-posture", -0.5, "A drill was held.", "=HYPERLINK(\"http://evil\")",
                                List.of())),
                new SignalRow(NOON, "https://wire.example/b", "Wire", "story-2",
                        signal("diplomacy", 2.5, "Talks resume in Geneva.", "talks resume", List.of())),
                new SignalRow(NOON, "javascript:alert(1)", "Wire", "story-2",
                        signal("diplomacy", 0.25, "Ministers spoke.", "=1+2", List.of())));
    }

    static DayReport sample() {
        return day(sampleSignals(), List.of(new FailureRow("https://down.example/x", "fetch", "HTTP 503", 503),
                new FailureRow("https://gone.example/y", "fetch", "connection refused")));
    }
}
