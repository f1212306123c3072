package org.detente.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    private static final String DEFAULTS = """
            # defaults for the test
            fetch:
              connect-timeout: 10s
              max-body: 10MiB
              retries: 3
              backoff-factor: 2.0
              allow-private-networks: false
              user-agent: Detente/0.1
              strip-params: [utm_source, fbclid]
            extract:
              story-max-distance: 10
            """;

    @TempDir
    Path work;
    Path jobs;

    @BeforeEach
    void setUp() throws IOException {
        jobs = work.resolve("jobs");
        Files.createDirectories(jobs.resolve("watches"));
        Files.createDirectories(jobs.resolve("lexicons"));
        Files.createDirectories(jobs.resolve("pages"));
        Files.writeString(jobs.resolve("lexicons/default.yaml"), "name: default\n");
        Files.writeString(jobs.resolve("defaults.yaml"), DEFAULTS);
    }

    @Nested
    class AWatchWithoutOverrides {

        @Test
        void getsEveryDefaultTyped() throws IOException {
            Settings s = load("");

            assertThat(s.duration("fetch.connect-timeout")).isEqualTo(Duration.ofSeconds(10));
            assertThat(s.bytes("fetch.max-body")).isEqualTo(10L * 1024 * 1024);
            assertThat(s.integer("fetch.retries")).isEqualTo(3);
            assertThat(s.decimal("fetch.backoff-factor")).isEqualTo(2.0);
            assertThat(s.bool("fetch.allow-private-networks")).isFalse();
            assertThat(s.string("fetch.user-agent")).isEqualTo("Detente/0.1");
            assertThat(s.list("fetch.strip-params")).containsExactly("utm_source", "fbclid");
        }

        @Test
        void knowsWhereEachValueWasSet() throws IOException {
            Settings s = load("");

            assertThat(s.origin("fetch.retries")).isEqualTo("jobs/defaults.yaml:5");
        }

        @Test
        void refusesToReadAKeyTheDefaultsDoNotDeclare() throws IOException {
            Settings s = load("");

            assertThatThrownBy(() -> s.integer("fetch.nope")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no setting 'fetch.nope' in jobs/defaults.yaml");
        }
    }

    @Nested
    class AWatchThatOverrides {

        @Test
        void replacesOnlyTheKeysItNames() throws IOException {
            Settings s = load("fetch:\n  allow-private-networks: true\n  retries: 5\n");

            assertThat(s.bool("fetch.allow-private-networks")).isTrue();
            assertThat(s.integer("fetch.retries")).isEqualTo(5);
            assertThat(s.duration("fetch.connect-timeout")).isEqualTo(Duration.ofSeconds(10));
            assertThat(s.origin("fetch.retries")).isEqualTo("jobs/watches/w.yaml:10");
        }

        @Test
        void mayGiveAWholeNumberWhereTheDefaultIsADecimal() throws IOException {
            assertThat(load("fetch:\n  backoff-factor: 3\n").decimal("fetch.backoff-factor")).isEqualTo(3.0);
        }
    }

    @Nested
    class RejectsAnOverride {

        @Test
        void ofAnUnknownKey() {
            assertThatThrownBy(() -> load("fetch:\n  retry: 5\n")).isInstanceOf(WatchException.class)
                    .hasMessageStartingWith("jobs/watches/w.yaml:9: unknown setting 'fetch.retry'")
                    .hasMessageContaining("retries");
        }

        @Test
        void ofAnotherKindThanItsDefault() {
            assertThatThrownBy(() -> load("fetch:\n  connect-timeout: 10 seconds\n"))
                    .isInstanceOf(WatchException.class)
                    .hasMessageStartingWith("jobs/watches/w.yaml:9: setting 'fetch.connect-timeout' must be a duration");
        }

        @Test
        void ofASectionThatIsNotAMapping() {
            assertThatThrownBy(() -> load("fetch: fast\n")).isInstanceOf(WatchException.class)
                    .hasMessageStartingWith("jobs/watches/w.yaml:8: 'fetch' must be a mapping of settings");
        }

        @Test
        void ofASectionTheDefaultsDoNotHave() {
            assertThatThrownBy(() -> load("schedule:\n  cron: x\n")).isInstanceOf(WatchException.class)
                    .hasMessageStartingWith("jobs/watches/w.yaml:8: unknown key 'schedule'");
        }
    }

    @Test
    void aDefaultsFileWithADuplicateSettingNamesItsLine() throws IOException {
        Files.writeString(jobs.resolve("defaults.yaml"), "fetch:\n  retries: 3\n  retries: 4\n");

        assertThatThrownBy(() -> load("")).isInstanceOf(WatchException.class)
                .hasMessageStartingWith("jobs/defaults.yaml:3: duplicate setting 'fetch.retries'");
    }

    private Settings load(String extra) throws IOException {
        Files.writeString(jobs.resolve("watches/w.yaml"), """
                id: w
                title: W
                timezone: UTC
                lexicon: default
                sources:
                  - type: folder
                    path: pages
                """ + extra);
        return new WatchLoader(jobs).load("w").settings();
    }

    @Test
    void durationsAndSizesReadTheirUnits() {
        assertThat(Settings.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Settings.parseDuration("24h")).isEqualTo(Duration.ofHours(24));
        assertThat(Settings.parseSize("512KiB")).isEqualTo(524_288L);
        assertThat(Settings.parseSize("10MB")).isEqualTo(10_000_000L);
        assertThat(List.of("1x", "ten s")).allSatisfy(bad ->
                assertThatThrownBy(() -> Settings.parseDuration(bad)).isInstanceOf(IllegalArgumentException.class));
    }
}
