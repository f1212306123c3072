package org.detente.collect;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fetches many URLs with one worker per host, up to a number of hosts at a time: each host's pages are fetched one
 * after another (the host's pauses apply), while other hosts go on in parallel, so a slow host holds back only itself.
 */
final class HostParallel {

    /** Fetches one URL. */
    interface Fetch {
        FetchResult fetch(String url) throws InterruptedException;
    }

    private HostParallel() {
    }

    /** The results in the order of the URLs given. */
    static List<FetchResult> fetchAll(List<String> urls, int parallelHosts, Fetch fetch) throws InterruptedException {
        Map<String, List<String>> byHost = new LinkedHashMap<>();
        for (String url : urls) {
            byHost.computeIfAbsent(host(url), k -> new ArrayList<>()).add(url);
        }
        Map<String, FetchResult> results = new ConcurrentHashMap<>();
        if (byHost.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelHosts, byHost.size())), r -> {
            Thread t = new Thread(r, "fetch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (List<String> hostUrls : byHost.values()) {
                tasks.add(pool.submit(() -> {
                    for (String url : hostUrls) {
                        results.put(url, fetch.fetch(url));
                    }
                    return null;
                }));
            }
            for (Future<?> task : tasks) {
                try {
                    task.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("fetching failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<FetchResult> ordered = new ArrayList<>();
        for (String url : urls) {
            ordered.add(results.get(url));
        }
        return ordered;
    }

    private static String host(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() == null || uri.getHost() == null ? "" : HttpFetcher.origin(uri);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
