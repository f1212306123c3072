package org.detente.collect;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;

/** A small web server on a random loopback port for tests: scripted answers per path and an access log. */
public final class LocalWeb implements AutoCloseable {

    /** One request as the server saw it. */
    public record Hit(String path, long nanos, Map<String, List<String>> headers) {
    }

    /** Answers one request. */
    @FunctionalInterface
    public interface Answer {
        void answer(HttpExchange ex) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();
    private final Map<String, Answer> fixed = new ConcurrentHashMap<>();
    public final List<Hit> hits = Collections.synchronizedList(new ArrayList<>());

    public LocalWeb() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "local-web");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Answers every request to the path this way (after any scripted answers are used up). */
    public LocalWeb always(String path, Answer answer) {
        fixed.put(path, answer);
        return this;
    }

    /** Answers the next requests to the path these ways, one each, in order. */
    public LocalWeb then(String path, Answer... answers) {
        Deque<Answer> q = scripts.computeIfAbsent(path, k -> new ConcurrentLinkedDeque<>());
        Collections.addAll(q, answers);
        return this;
    }

    public List<Hit> hits(String path) {
        synchronized (hits) {
            return hits.stream().filter(h -> h.path().equals(path)).toList();
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath()
                + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
        hits.add(new Hit(path, System.nanoTime(), Map.copyOf(ex.getRequestHeaders())));
        try {
            Deque<Answer> q = scripts.get(path);
            Answer a = q == null ? null : q.poll();
            if (a == null) {
                a = fixed.get(path);
            }
            if (a == null) {
                a = path.equals("/robots.txt") ? status(404) : status(404);
            }
            a.answer(ex);
        } finally {
            ex.close();
        }
    }

    // ------------------------------------------------------------ answers

    public static Answer ok(String contentType, String body, String... headers) {
        return ok(contentType, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    public static Answer ok(String contentType, byte[] body, String... headers) {
        return respond(200, contentType, body, headers);
    }

    public static Answer status(int code, String... headers) {
        return respond(code, "text/plain", ("status " + code).getBytes(StandardCharsets.UTF_8), headers);
    }

    public static Answer redirect(int code, String location) {
        return respond(code, "text/plain", new byte[0], "Location", location);
    }

    public static Answer respond(int code, String contentType, byte[] body, String... headers) {
        return ex -> {
            if (contentType != null) {
                ex.getResponseHeaders().add("Content-Type", contentType);
            }
            for (int i = 0; i + 1 < headers.length; i += 2) {
                ex.getResponseHeaders().add(headers[i], headers[i + 1]);
            }
            if (code == 304 || body.length == 0) {
                ex.sendResponseHeaders(code, -1);
                return;
            }
            ex.sendResponseHeaders(code, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        };
    }

    /** Waits before answering. */
    public static Answer slow(long millis, Answer then) {
        return ex -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            then.answer(ex);
        };
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
