package org.detente.batch;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.detente.aggregate.TrendSettings;
import org.detente.archive.ArticleRepository;
import org.detente.archive.DayReportQueries;
import org.detente.archive.FailureRepository;
import org.detente.archive.IndicatorRepository;
import org.detente.archive.SignalRepository;
import org.detente.report.ReportFiles;
import org.detente.report.ReportWriter;
import org.detente.score.Lexicon;
import org.detente.score.LexiconLoader;
import org.detente.watch.Settings;
import org.detente.watch.Watch;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Prints how long the aggregate and report steps take for one very busy day, and the most heap they used. Not a
 * test: run it by hand with a small heap to check that the day streams,
 * {@code java -Xmx256m -cp target/classes:target/test-classes:<dependencies> org.detente.batch.ReportBenchmark
 * [signals] [signals-per-article]}.
 */
public final class ReportBenchmark {

    private static final LocalDate DAY = LocalDate.of(2022, 2, 24);
    private static final String SENTENCE = "Russian forces launched an invasion before dawn on Thursday, with missile "
            + "strikes reported on military targets near Kyiv, Kharkiv and Odesa and troops crossing the border.";

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int signals = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perArticle = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path work = Files.createTempDirectory("detente-report-bench");
        JdbcDataSource data = new JdbcDataSource();
        data.setURL("jdbc:h2:file:" + work.resolve("db").toAbsolutePath() + ";WRITE_DELAY=0");
        data.setUser("sa");
        Flyway.configure().dataSource(data).load().migrate();
        Lexicon lexicon = LexiconLoader.load(Path.of("jobs/lexicons/default.yaml"));
        fill(data, signals, perArticle, lexicon.categories());
        System.gc();

        AtomicLong peak = new AtomicLong();
        Thread sampler = sampler(peak);
        JdbcClient jdbc = JdbcClient.create(data);
        Watch watch = new Watch("bench", "Benchmark watch", ZoneId.of("Europe/Kyiv"), "default", List.of(),
                work.resolve("bench.yaml"), Settings.empty());
        IndicatorRepository indicators = new IndicatorRepository(jdbc);
        long t0 = System.nanoTime();
        AggregateTasklet aggregate = new AggregateTasklet(watch, DAY, lexicon, new ArticleRepository(jdbc),
                new SignalRepository(jdbc), indicators);
        indicators.replaceDay(watch.id(), DAY, aggregate.calculate());
        long t1 = System.nanoTime();
        DayReportBuilder builder = new DayReportBuilder(new DayReportQueries(jdbc), indicators,
                new FailureRepository(jdbc), Clock.systemUTC());
        ReportFiles files = new ReportWriter().write(builder.build(watch, DAY, lexicon.version(),
                TrendSettings.standard()), work.resolve("reports"));
        long t2 = System.nanoTime();
        sampler.interrupt();

        long max = Runtime.getRuntime().maxMemory();
        System.out.printf(Locale.ROOT, "%d signals in %d articles, heap limit %d MiB%n", signals,
                signals / perArticle, max >> 20);
        System.out.printf(Locale.ROOT, "aggregate: %.2f s, report: %.2f s (workbook %.1f MB, signals.csv %.1f MB)%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, Files.size(files.workbook()) / 1e6, Files.size(files.signals()) / 1e6);
        System.out.printf(Locale.ROOT, "peak heap used while aggregating and reporting: %d MiB%n", peak.get() >> 20);
        try (Stream<Path> all = Files.walk(work)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Samples the heap every few milliseconds: the high-water mark of what was in use, garbage included. */
    private static Thread sampler(AtomicLong peak) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Thread thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void fill(JdbcDataSource data, int signals, int perArticle, List<String> categories)
            throws Exception {
        int articles = Math.max(1, signals / perArticle);
        OffsetDateTime published = DAY.atTime(9, 0).atOffset(ZoneOffset.ofHours(2));
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement page = c.prepareStatement("INSERT INTO raw_page (id, watch, source, url, "
                    + "content_sha256, content, fetched_at, published_date) VALUES (?, 'bench', 'folder:x', ?, ?, ?, ?, ?)");
                 PreparedStatement article = c.prepareStatement("INSERT INTO article (id, watch, run_date, raw_page_id, "
                         + "url, outlet, title, published, language, body, story_id, fingerprint) VALUES "
                         + "(?, 'bench', ?, ?, ?, ?, ?, ?, 'en', ?, ?, ?)")) {
                for (int a = 1; a <= articles; a++) {
                    String url = "https://news.example/" + a;
                    page.setLong(1, a);
                    page.setString(2, url);
                    page.setString(3, String.format(Locale.ROOT, "%064d", a));
                    page.setBytes(4, new byte[] {1});
                    page.setObject(5, published);
                    page.setObject(6, DAY);
                    page.addBatch();
                    article.setLong(1, a);
                    article.setObject(2, DAY);
                    article.setLong(3, a);
                    article.setString(4, url);
                    article.setString(5, "Outlet " + (a % 40));
                    article.setString(6, "Headline number " + a);
                    article.setObject(7, published);
                    article.setString(8, SENTENCE);
                    article.setString(9, "story-" + (a % (articles / 2 + 1)));
                    article.setLong(10, a);
                    article.addBatch();
                }
                page.executeBatch();
                article.executeBatch();
            }
            try (PreparedStatement signal = c.prepareStatement("INSERT INTO signal (article_id, watch, run_date, seq, "
                    + "category, direction, intensity, sentence, start_offset, end_offset, evidence, rule_id, "
                    + "modifiers, lexicon_version) VALUES (?, 'bench', ?, ?, ?, ?, ?, ?, 8, 14, 'forces', ?, ?, 'v')")) {
                for (int i = 0; i < signals; i++) {
                    boolean escalation = i % 3 != 0;
                    signal.setLong(1, i / perArticle + 1);
                    signal.setObject(2, DAY);
                    signal.setInt(3, i % perArticle);
                    signal.setString(4, categories.get(i % categories.size()));
                    signal.setString(5, escalation ? "escalation" : "de-escalation");
                    signal.setDouble(6, escalation ? -(1 + i % 9) : 1 + i % 7);
                    signal.setString(7, i + " " + SENTENCE);
                    signal.setString(8, "rule-" + (i % 50));
                    signal.setString(9, i % 5 == 0 ? "hedged" : "");
                    signal.addBatch();
                    if (i % 5000 == 4999) {
                        signal.executeBatch();
                    }
                }
                signal.executeBatch();
            }
            c.commit();
        }
    }
}
