package org.detente.watch;

import java.util.regex.Pattern;

/**
 * The kind of a setting, read off its default: an override must be of the same kind, so a typo such as
 * {@code connect-timeout: 10 seconds} is caught when the watch is loaded, not in the middle of the night.
 */
enum SettingKind {
    BOOLEAN("true or false", "true|false"),
    INTEGER("a whole number", "-?\\d+"),
    DECIMAL("a number", "-?\\d+\\.\\d+"),
    DURATION("a duration such as 500ms, 10s, 5m, 24h or 7d", "\\d+\\s*(ms|s|m|h|d)"),
    SIZE("a size such as 512KiB, 10MB or 10MiB", "\\d+\\s*(B|KB|KiB|MB|MiB|GB|GiB)"),
    LIST("a list", null),
    TEXT("text", ".*");

    private final String description;
    private final Pattern pattern;

    SettingKind(String description, String regex) {
        this.description = description;
        this.pattern = regex == null ? null : Pattern.compile(regex, Pattern.DOTALL);
    }

    String description() {
        return description;
    }

    static SettingKind of(Settings.Value value) {
        if (value.isList()) {
            return LIST;
        }
        for (SettingKind kind : values()) {
            if (kind.pattern != null && kind != TEXT && kind.pattern.matcher(value.text()).matches()) {
                return kind;
            }
        }
        return TEXT;
    }

    boolean accepts(Settings.Value value) {
        if (this == LIST || value.isList()) {
            return this == LIST && value.isList();
        }
        return pattern.matcher(value.text()).matches() || (this == DECIMAL && INTEGER.pattern.matcher(value.text()).matches());
    }
}
