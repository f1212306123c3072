package org.detente.watch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings in force for a watch: every key of {@code jobs/defaults.yaml}, with the watch's overrides applied.
 * Keys are {@code section.key} (e.g. {@code fetch.connect-timeout}); each value remembers the file and line it
 * came from, so a setting can always be explained.
 */
public final class Settings {

    /** One value with the place it was set. */
    public record Value(String text, List<String> items, String origin) {

        public Value {
            items = items == null ? null : List.copyOf(items);
        }

        boolean isList() {
            return items != null;
        }
    }

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|KiB|MB|MiB|GB|GiB)");

    private final Map<String, Value> values;

    Settings(Map<String, Value> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Settings empty() {
        return new Settings(Map.of());
    }

    public Set<String> keys() {
        return values.keySet();
    }

    public String origin(String key) {
        return value(key).origin();
    }

    public String string(String key) {
        return value(key).text();
    }

    public int integer(String key) {
        return Integer.parseInt(string(key));
    }

    public long longValue(String key) {
        return Long.parseLong(string(key));
    }

    public double decimal(String key) {
        return Double.parseDouble(string(key));
    }

    public boolean bool(String key) {
        return Boolean.parseBoolean(string(key));
    }

    public Duration duration(String key) {
        return parseDuration(string(key));
    }

    /** A size in bytes, from {@code 512KiB}, {@code 10MB} (decimal) or {@code 10MiB} (binary). */
    public long bytes(String key) {
        return parseSize(string(key));
    }

    public List<String> list(String key) {
        Value v = value(key);
        return v.isList() ? v.items() : List.of(v.text());
    }

    /** A copy with the given values replacing the defaults of the same keys. */
    Settings with(Map<String, Value> overrides) {
        Map<String, Value> merged = new LinkedHashMap<>(values);
        merged.putAll(overrides);
        return new Settings(merged);
    }

    Value raw(String key) {
        return values.get(key);
    }

    List<String> sections() {
        List<String> sections = new ArrayList<>();
        for (String key : values.keySet()) {
            String section = key.substring(0, key.indexOf('.'));
            if (!sections.contains(section)) {
                sections.add(section);
            }
        }
        return sections;
    }

    private Value value(String key) {
        Value v = values.get(key);
        if (v == null) {
            throw new IllegalStateException("no setting '" + key + "' in jobs/defaults.yaml (every setting needs a "
                    + "default there)");
        }
        return v;
    }

    static Duration parseDuration(String text) {
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (use e.g. 500ms, 10s, 5m, 24h, 7d)");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    static long parseSize(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: '" + text + "' (use e.g. 512KiB, 10MB, 10MiB)");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "B" -> n;
            case "KB" -> n * 1000;
            case "KIB" -> n * 1024;
            case "MB" -> n * 1000_000;
            case "MIB" -> n * 1024 * 1024;
            case "GB" -> n * 1000_000_000;
            default -> n * 1024 * 1024 * 1024;
        };
    }
}
