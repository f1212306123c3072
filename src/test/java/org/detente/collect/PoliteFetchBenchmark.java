package org.detente.collect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.detente.watch.WatchLoader;

/**
 * Prints how long fetching 2,000 pages spread over 50 local hosts takes with the default politeness of
 * {@code jobs/defaults.yaml} (1 s between two requests to a host), against the politeness bound: 40 pages a host
 * one second apart cannot take less than 40 s. Fetches go through the archiving fetcher, so the WARC writing is
 * counted too. Not a test: run it by hand,
 * {@code java -cp target/classes:target/test-classes:<dependencies> org.detente.collect.PoliteFetchBenchmark [hosts]
 * [pages per host]}.
 */
public final class PoliteFetchBenchmark {

    private PoliteFetchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int perHost = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        FetchSettings settings = TestFetchSettings.privateNetworks(
                FetchSettings.from(new WatchLoader(Path.of("jobs")).defaults()), true);
        byte[] page = Files.readAllBytes(Path.of("jobs/demo/pages/mubasher-2022-02-14-still-a-chance.html"));
        List<LocalWeb> servers = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        try {
            for (int h = 0; h < hosts; h++) {
                LocalWeb web = new LocalWeb();
                servers.add(web);
                for (int p = 0; p < perHost; p++) {
                    web.always("/news/" + p + ".html", LocalWeb.ok("text/html; charset=utf-8", page));
                }
            }
            // interleaved as a feed would list them: the scheduler must group them by host itself
            for (int p = 0; p < perHost; p++) {
                for (LocalWeb web : servers) {
                    urls.add(web.url("/news/" + p + ".html"));
                }
            }
            Path archive = Files.createTempDirectory("detente-fetch-bench");
            long start = System.nanoTime();
            List<FetchResult> results;
            try (ArchivingFetcher fetcher = new ArchivingFetcher(settings, archive, "bench", LocalDate.of(2022, 2, 14),
                    true, url -> null, Clock.systemUTC())) {
                results = HostParallel.fetchAll(urls, settings.parallelHosts(), fetcher::fetch);
            }
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            long ok = results.stream().filter(FetchResult::ok).count();
            double bound = perHost * settings.perHostDelay().toMillis() / 1000.0;
            System.out.printf("pages: %d over %d hosts (%d each), fetched ok: %d%n", urls.size(), hosts, perHost, ok);
            System.out.printf("per-host delay: %d ms, parallel hosts: %d%n", settings.perHostDelay().toMillis(),
                    settings.parallelHosts());
            System.out.printf("wall time: %.1f s; politeness bound: %.0f s (%d pages x %.1f s); ratio %.2fx%n",
                    wall.toMillis() / 1000.0, bound, perHost, settings.perHostDelay().toMillis() / 1000.0,
                    wall.toMillis() / 1000.0 / bound);
            System.out.println("(each host is asked for robots.txt first: 41 requests, 40 pauses between them)");
            System.out.printf("archive: %d bytes of WARC%n", Files.walk(archive).filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length()).sum());
        } finally {
            servers.forEach(LocalWeb::close);
        }
    }
}
