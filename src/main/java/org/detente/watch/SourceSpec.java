package org.detente.watch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One source of a watch, as written in the watch file.
 *
 * <p>Two specs are equal when their fields are equal, patterns compared by their text and flags.
 *
 * @param type    the source type, e.g. {@code folder}
 * @param name    the label given in the file, or {@code <type>:<path>} when none is given
 * @param path    the path as written (relative to the jobs directory); see {@link #resolve(Path)}
 * @param include patterns of which at least one must be found in a page's file name or URL; empty means all pages
 * @param exclude patterns none of which may be found in a page's file name or URL; exclude wins over include
 * @param line    the 1-based line where the source starts in the watch file, for messages about it
 * @param url     the address of a {@code feed}, {@code sitemap} or {@code listing} source, else null
 * @param links   the CSS selector of a {@code listing} source's article links, else null
 */
public record SourceSpec(String type, String name, String path, List<Pattern> include, List<Pattern> exclude,
                         int line, String url, String links) {

    /** A source read from a path ({@code folder}, {@code warc}). */
    public SourceSpec(String type, String name, String path, List<Pattern> include, List<Pattern> exclude, int line) {
        this(type, name, path, include, exclude, line, null, null);
    }

    public SourceSpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    /**
     * Whether a page with this file name or URL belongs to the source: no exclude pattern is found in it,
     * and either there are no include patterns or at least one is found in it. Patterns are searched
     * ({@link java.util.regex.Matcher#find()}), not matched against the whole string: anchor them with
     * {@code ^} and {@code $} where that matters.
     */
    public boolean accepts(String nameOrUrl) {
        Objects.requireNonNull(nameOrUrl, "nameOrUrl");
        for (Pattern p : exclude) {
            if (p.matcher(nameOrUrl).find()) {
                return false;
            }
        }
        if (include.isEmpty()) {
            return true;
        }
        for (Pattern p : include) {
            if (p.matcher(nameOrUrl).find()) {
                return true;
            }
        }
        return false;
    }

    /** The source's path resolved against the jobs directory (an absolute path stays as it is). */
    public Path resolve(Path jobsDir) {
        Objects.requireNonNull(jobsDir, "jobsDir");
        if (path == null) {
            throw new IllegalStateException("source '" + name + "' has no path");
        }
        return jobsDir.resolve(path);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceSpec s
                && type.equals(s.type) && name.equals(s.name) && Objects.equals(path, s.path)
                && samePatterns(include, s.include) && samePatterns(exclude, s.exclude) && line == s.line
                && Objects.equals(url, s.url) && Objects.equals(links, s.links);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, name, path, keys(include), keys(exclude), line, url, links);
    }

    private static boolean samePatterns(List<Pattern> a, List<Pattern> b) {
        return keys(a).equals(keys(b));
    }

    private static List<String> keys(List<Pattern> patterns) {
        return patterns.stream().map(p -> p.flags() + "/" + p.pattern()).toList();
    }
}
