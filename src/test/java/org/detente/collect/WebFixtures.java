package org.detente.collect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The files under {@code src/test/resources/web} and the demo pages, as answers of a {@link LocalWeb}. */
public final class WebFixtures {

    private WebFixtures() {
    }

    /** A fixture's text with each {@code {name}} replaced by its value. */
    public static String text(String name, Map<String, String> vars) {
        try (InputStream in = WebFixtures.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture web/" + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> v : vars.entrySet()) {
                text = text.replace("{" + v.getKey() + "}", v.getValue());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves every demo page under {@code /news/<file name>} as UTF-8 HTML. */
    public static void serveDemoPages(LocalWeb web) {
        try (var files = Files.list(Path.of("jobs/demo/pages"))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                byte[] page = Files.readAllBytes(p);
                web.always("/news/" + p.getFileName(), LocalWeb.ok("text/html; charset=utf-8", page));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
