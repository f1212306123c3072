package org.detente.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WatchLoaderTest {

    /** A valid watch; bad cases below repeat it with one thing wrong. */
    static final String DEMO = """
            id: demo
            title: Russia - Ukraine (demo)
            timezone: Europe/Kyiv
            lexicon: default
            sources:
              - type: folder
                path: demo/pages
            """;

    @TempDir
    Path tmp;
    Path jobs;
    WatchLoader loader;

    @BeforeEach
    void a_jobs_directory_with_a_lexicon_and_a_page_folder() throws IOException {
        jobs = tmp.resolve("jobs");
        Files.createDirectories(jobs.resolve("watches"));
        Files.createDirectories(jobs.resolve("lexicons"));
        Files.createDirectories(jobs.resolve("demo/pages"));
        Files.writeString(jobs.resolve("lexicons/default.yaml"), "# a lexicon\n");
        loader = new WatchLoader(jobs);
    }

    private void write(String id, String yaml) throws IOException {
        Files.writeString(jobs.resolve("watches").resolve(id + ".yaml"), yaml);
    }

    private void copyFixture(String resource, String id) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/watch/" + resource)) {
            assertThat(in).as("fixture %s", resource).isNotNull();
            Files.copy(in, jobs.resolve("watches").resolve(id + ".yaml"));
        }
    }

    /** Loads watch {@code demo}, expects it rejected, checks the location prefix and returns the message. */
    private AbstractStringAssert<?> rejectsDemo(String location) {
        return rejects(() -> loader.load("demo"), location);
    }

    private static AbstractStringAssert<?> rejects(Runnable load, String location) {
        WatchException e = org.junit.jupiter.api.Assertions.assertThrows(WatchException.class, load::run);
        assertThat(e.getMessage()).as("one line").doesNotContain("\n", "\r").startsWith(location + ": ");
        return assertThat(e.getMessage());
    }

    @Nested
    @DisplayName("loads a watch")
    class Loads {

        @Test
        void with_all_its_fields() throws IOException {
            Files.createDirectories(jobs.resolve("archive/2024"));
            copyFixture("russia-ukraine.yaml", "russia-ukraine");

            Watch watch = loader.load("russia-ukraine");

            assertThat(watch.id()).isEqualTo("russia-ukraine");
            assertThat(watch.title()).isEqualTo("Russia - Ukraine");
            assertThat(watch.timezone()).isEqualTo(ZoneId.of("Europe/Kyiv"));
            assertThat(watch.lexicon()).isEqualTo("default");
            assertThat(watch.file()).isEqualTo(jobs.resolve("watches/russia-ukraine.yaml"));
            assertThat(watch.sources()).containsExactly(
                    new SourceSpec("folder", "saved front pages", "demo/pages",
                            List.of(Pattern.compile("\\.html?$")),
                            List.of(Pattern.compile("(?i)live-?blog"), Pattern.compile("^draft-")), 7),
                    new SourceSpec("folder", "folder:archive/2024", "archive/2024", List.of(), List.of(), 15));
        }

        @Test
        void whose_sources_accept_pages_by_their_patterns() throws IOException {
            Files.createDirectories(jobs.resolve("archive/2024"));
            copyFixture("russia-ukraine.yaml", "russia-ukraine");

            SourceSpec pages = loader.load("russia-ukraine").sources().get(0);

            assertThat(pages.accepts("kyiv-talks.html")).isTrue();
            assertThat(pages.accepts("kyiv-talks.pdf")).isFalse();
            assertThat(pages.accepts("draft-kyiv-talks.html")).isFalse();
            assertThat(pages.accepts("war-LiveBlog-day-3.htm")).isFalse();
        }

        @Test
        void naming_a_source_by_type_and_path_when_it_has_no_name() throws IOException {
            write("demo", DEMO);

            assertThat(loader.load("demo").sources()).singleElement()
                    .extracting(SourceSpec::name).isEqualTo("folder:demo/pages");
        }

        @Test
        void whose_folder_path_resolves_against_the_jobs_directory() throws IOException {
            write("demo", DEMO);

            SourceSpec source = loader.load("demo").sources().get(0);

            assertThat(source.path()).isEqualTo("demo/pages");
            assertThat(source.resolve(jobs)).isEqualTo(jobs.resolve("demo/pages"));
        }

        @Test
        void that_shares_a_pattern_list_through_a_yaml_alias() throws IOException {
            Files.createDirectories(jobs.resolve("demo/more"));
            write("demo", """
                    id: demo
                    title: Demo
                    timezone: UTC
                    lexicon: default
                    sources:
                      - type: folder
                        path: demo/pages
                        exclude: &skip ['^draft-', 'liveblog']
                      - type: folder
                        path: demo/more
                        exclude: *skip
                    """);

            List<SourceSpec> sources = loader.load("demo").sources();

            assertThat(sources.get(1).exclude()).extracting(Pattern::pattern).containsExactly("^draft-", "liveblog");
        }

        @Test
        void from_a_file_starting_with_a_byte_order_mark() throws IOException {
            write("demo", "\uFEFF" + DEMO);

            assertThat(loader.load("demo").id()).isEqualTo("demo");
        }

        @Test
        void with_a_fixed_offset_time_zone() throws IOException {
            write("demo", DEMO.replace("Europe/Kyiv", "+02:00"));

            assertThat(loader.load("demo").timezone()).isEqualTo(ZoneId.of("+02:00"));
        }
    }

    @Nested
    @DisplayName("finds watch and lexicon files")
    class Finds {

        @Test
        void reports_an_unknown_watch_with_the_known_ones() throws IOException {
            write("demo", DEMO);
            write("russia-ukraine", DEMO.replace("id: demo", "id: russia-ukraine"));

            assertThatThrownBy(() -> loader.load("x"))
                    .isInstanceOf(WatchException.class)
                    .hasMessage("unknown watch 'x': no file jobs/watches/x.yaml (known watches: demo, russia-ukraine)");
        }

        @Test
        void reports_an_unknown_watch_when_there_are_none() {
            assertThatThrownBy(() -> loader.load("x"))
                    .hasMessage("unknown watch 'x': no file jobs/watches/x.yaml (known watches: none)");
        }

        @Test
        void refuses_a_watch_id_that_is_not_a_plain_name() throws IOException {
            write("demo", DEMO);

            assertThatThrownBy(() -> loader.load("../demo"))
                    .isInstanceOf(WatchException.class)
                    .hasMessageStartingWith("invalid watch id '../demo'")
                    .hasMessageContaining("(known watches: demo)");
        }

        @Test
        void reports_a_missing_jobs_directory() {
            WatchLoader nowhere = new WatchLoader(tmp.resolve("no-jobs"));

            assertThatThrownBy(() -> nowhere.load("demo"))
                    .isInstanceOf(WatchException.class)
                    .hasMessageContaining("no-jobs: no such directory");
        }

        @Test
        void names_files_under_a_relative_jobs_directory_as_given() throws IOException {
            Path relative = Path.of("").toAbsolutePath().relativize(jobs);
            write("demo", DEMO.replace("title:", "titel:"));

            rejects(() -> new WatchLoader(relative).load("demo"),
                    relative.toString().replace('\\', '/') + "/watches/demo.yaml:2")
                    .contains("unknown key 'titel'");
        }

        @Test
        void places_a_lexicon_in_the_lexicons_directory() {
            assertThat(loader.lexiconFile("default")).isEqualTo(jobs.resolve("lexicons/default.yaml"));
        }

        @Test
        void refuses_a_lexicon_name_that_leaves_the_lexicons_directory() {
            assertThatThrownBy(() -> loader.lexiconFile("../secrets"))
                    .isInstanceOf(WatchException.class)
                    .hasMessageStartingWith("invalid lexicon name '../secrets'");
        }
    }

    @Nested
    @DisplayName("rejects a watch file")
    class RejectsAWatchFile {

        @Test
        void with_a_yaml_syntax_error() throws IOException {
            write("demo", """
                    id: demo
                    title: Russia: Ukraine
                    timezone: Europe/Kyiv
                    """);

            rejectsDemo("jobs/watches/demo.yaml:2").contains("invalid YAML: mapping values are not allowed here");
        }

        @Test
        void with_an_unclosed_quote() throws IOException {
            write("demo", """
                    id: demo
                    title: "Russia - Ukraine
                    timezone: Europe/Kyiv
                    lexicon: default
                    """);

            rejectsDemo("jobs/watches/demo.yaml:5").contains("invalid YAML: found unexpected end of stream")
                    .contains("while scanning a quoted scalar started at line 2");
        }

        @Test
        void that_is_empty() throws IOException {
            write("demo", "# nothing yet\n");

            rejectsDemo("jobs/watches/demo.yaml:1").contains("the file is empty");
        }

        @Test
        void whose_document_is_not_a_mapping() throws IOException {
            write("demo", """
                    # a list by mistake
                    - id: demo
                    """);

            rejectsDemo("jobs/watches/demo.yaml:2").contains("a watch file must be a mapping", "not a list");
        }

        @Test
        void with_two_documents() throws IOException {
            write("demo", DEMO + "---\nid: other\n");

            rejectsDemo("jobs/watches/demo.yaml:8")
                    .contains("invalid YAML: expected a single document in the stream, but found another document");
        }

        @Test
        void with_an_unknown_key() throws IOException {
            write("demo", """
                    id: demo
                    timezone: Europe/Kyiv
                    lexicon: default
                    titel: Russia - Ukraine (demo)
                    sources:
                      - type: folder
                        path: demo/pages
                    """);

            rejectsDemo("jobs/watches/demo.yaml:4")
                    .isEqualTo("jobs/watches/demo.yaml:4: unknown key 'titel'"
                            + " (known keys: id, title, timezone, lexicon, sources)");
        }

        @Test
        void with_a_duplicate_key() throws IOException {
            write("demo", DEMO + "title: Again\n");

            rejectsDemo("jobs/watches/demo.yaml:8").contains("duplicate key 'title' (first at line 2)");
        }

        @ParameterizedTest(name = "without ''{0}''")
        @ValueSource(strings = {"id", "title", "timezone", "lexicon", "sources"})
        void without_a_required_key_at_the_line_where_the_mapping_starts(String key) throws IOException {
            String yaml = DEMO.lines()
                    .filter(l -> !l.startsWith(key + ":"))
                    .filter(l -> !key.equals("sources") || !l.startsWith(" "))
                    .map(l -> l + "\n")
                    .reduce("# demo watch\n\n", String::concat);
            write("demo", yaml);

            rejectsDemo("jobs/watches/demo.yaml:3").endsWith("missing key '" + key + "'");
        }

        @Test
        void with_a_list_where_a_string_is_expected() throws IOException {
            write("demo", DEMO.replace("id: demo", "id: [demo]"));

            rejectsDemo("jobs/watches/demo.yaml:1").contains("'id' must be a string, not a list");
        }

        @Test
        void with_an_empty_string() throws IOException {
            write("demo", DEMO.replace("title: Russia - Ukraine (demo)", "title: \"\""));

            rejectsDemo("jobs/watches/demo.yaml:2").endsWith("'title' is empty");
        }

        @Test
        void with_a_key_without_a_value() throws IOException {
            write("demo", DEMO.replace("lexicon: default", "lexicon:"));

            rejectsDemo("jobs/watches/demo.yaml:4").endsWith("'lexicon' is empty");
        }

        @Test
        void with_a_title_on_several_lines() throws IOException {
            write("demo", DEMO.replace("title: Russia - Ukraine (demo)", "title: |\n  Russia\n  Ukraine"));

            rejectsDemo("jobs/watches/demo.yaml:2").endsWith("'title' must be a single line");
        }

        @Test
        void whose_id_differs_from_the_file_name() throws IOException {
            write("demo", DEMO.replace("id: demo", "id: demo2"));

            rejectsDemo("jobs/watches/demo.yaml:1").contains("id 'demo2' does not match the file name 'demo.yaml'");
        }

        @Test
        void whose_id_is_not_lowercase_letters_digits_and_dashes() throws IOException {
            write("demo", DEMO.replace("id: demo", "id: Demo_1"));

            rejectsDemo("jobs/watches/demo.yaml:1").contains("invalid id 'Demo_1'");
        }

        @Test
        void with_an_unknown_time_zone() throws IOException {
            write("demo", DEMO.replace("Europe/Kyiv", "Europe/Kiyv"));

            rejectsDemo("jobs/watches/demo.yaml:3")
                    .contains("unknown time zone 'Europe/Kiyv'").containsPattern("did you mean .*Europe/Kyiv");
        }

        @Test
        void naming_a_lexicon_without_a_file() throws IOException {
            write("demo", DEMO.replace("lexicon: default", "lexicon: x"));

            rejectsDemo("jobs/watches/demo.yaml:4")
                    .contains("unknown lexicon 'x': no file jobs/lexicons/x.yaml (known lexicons: default)");
        }

        @Test
        void naming_a_lexicon_outside_the_lexicons_directory() throws IOException {
            write("demo", DEMO.replace("lexicon: default", "lexicon: ../watches/demo"));

            rejectsDemo("jobs/watches/demo.yaml:4").contains("invalid lexicon name '../watches/demo'");
        }

        @Test
        void whose_sources_are_not_a_list() throws IOException {
            write("demo", """
                    id: demo
                    title: Russia - Ukraine (demo)
                    timezone: Europe/Kyiv
                    lexicon: default
                    sources: demo/pages
                    """);

            rejectsDemo("jobs/watches/demo.yaml:5").contains("'sources' must be a list of sources, not a string");
        }

        @Test
        void without_any_source() throws IOException {
            write("demo", """
                    id: demo
                    title: Russia - Ukraine (demo)
                    timezone: Europe/Kyiv
                    lexicon: default
                    sources: []
                    """);

            rejectsDemo("jobs/watches/demo.yaml:5").contains("'sources' is empty");
        }

        @Test
        void with_a_key_that_is_not_a_name() throws IOException {
            write("demo", DEMO + "? [a, b]\n: c\n");

            rejectsDemo("jobs/watches/demo.yaml:8").contains("keys must be plain names, not a list");
        }

        @Test
        void with_a_merge_key() throws IOException {
            write("demo", DEMO.replace("    path: demo/pages", "    <<: {path: demo/pages}"));

            rejectsDemo("jobs/watches/demo.yaml:7").contains("merge keys ('<<') are not supported");
        }

        @Test
        void with_an_undefined_alias() throws IOException {
            write("demo", DEMO.replace("lexicon: default", "lexicon: *lexicon"));

            rejectsDemo("jobs/watches/demo.yaml:4").contains("invalid YAML: found undefined alias lexicon");
        }

        @Test
        void that_expands_to_a_billion_laughs() throws IOException {
            copyFixture("billion-laughs.yaml", "demo");

            rejectsDemo("jobs/watches/demo.yaml:4")
                    .endsWith("too many aliases (more than 10 references to lists or mappings)");
        }

        @Test
        void that_is_nested_too_deeply() throws IOException {
            String deep = "[".repeat(30) + "]".repeat(30);
            write("demo", DEMO.replace("title: Russia - Ukraine (demo)", "title: " + deep));

            rejectsDemo("jobs/watches/demo.yaml:2").contains("nested too deeply");
        }

        @Test
        void asking_for_a_java_object() throws IOException {
            write("demo", DEMO.replace("title: Russia - Ukraine (demo)", "title: !!javax.script.ScriptEngineManager"
                    + " [!!java.net.URLClassLoader [[!!java.net.URL [\"http://example.invalid/\"]]]]"));

            rejectsDemo("jobs/watches/demo.yaml:2").contains("invalid YAML: Global tag is not allowed");
        }

        @Test
        void that_is_not_utf8_text() throws IOException {
            byte[] latin1 = DEMO.replace("(demo)", "(démo)").getBytes(StandardCharsets.ISO_8859_1);
            Files.write(jobs.resolve("watches/demo.yaml"), latin1);

            rejectsDemo("jobs/watches/demo.yaml:2").contains("not valid UTF-8 text");
        }

        @Test
        void with_a_control_character() throws IOException {
            write("demo", DEMO.replace("(demo)", "(demo\u0007)"));

            rejectsDemo("jobs/watches/demo.yaml:2").contains("character U+0007 is not allowed");
        }

        @Test
        void that_is_too_large() throws IOException {
            write("demo", DEMO + "#".repeat(WatchLoader.MAX_FILE_BYTES) + "\n");

            rejectsDemo("jobs/watches/demo.yaml").contains("file too large");
        }

        @Test
        void that_cannot_be_read() throws IOException {
            Files.createDirectories(jobs.resolve("watches/demo.yaml"));

            rejectsDemo("jobs/watches/demo.yaml").endsWith("not a regular file");
        }
    }

    @Nested
    @DisplayName("rejects a source")
    class RejectsASource {

        private void writeSources(String sources) throws IOException {
            write("demo", """
                    id: demo
                    title: Russia - Ukraine (demo)
                    timezone: Europe/Kyiv
                    lexicon: default
                    sources:
                    """ + sources);
        }

        @Test
        void that_is_not_a_mapping() throws IOException {
            writeSources("  - demo/pages\n");

            rejectsDemo("jobs/watches/demo.yaml:6").contains("source 1 must be a mapping", "not a string");
        }

        @Test
        void with_an_unknown_key() throws IOException {
            writeSources("""
                      - type: folder
                        pth: demo/pages
                    """);

            rejectsDemo("jobs/watches/demo.yaml:7")
                    .endsWith("unknown key 'pth' in source 1 (known keys: type, name, path, url, links, include, "
                            + "exclude)");
        }

        @Test
        void with_a_duplicate_key() throws IOException {
            writeSources("""
                      - type: folder
                        path: demo/pages
                        path: demo/other
                    """);

            rejectsDemo("jobs/watches/demo.yaml:8").contains("duplicate key 'path' in source 1 (first at line 7)");
        }

        @Test
        void without_a_type_at_the_line_where_the_source_starts() throws IOException {
            writeSources("""
                      - type: folder
                        path: demo/pages
                      - name: second
                        path: demo/pages
                    """);

            rejectsDemo("jobs/watches/demo.yaml:8").endsWith("missing key 'type' in source 2");
        }

        @Test
        void of_an_unknown_type() throws IOException {
            writeSources("""
                      - type: rss
                        path: https://example.org/feed
                    """);

            rejectsDemo("jobs/watches/demo.yaml:6").endsWith("unknown source type 'rss' (known types: folder, feed, "
                    + "sitemap, listing, warc)");
        }

        @Test
        void whose_type_is_not_a_string() throws IOException {
            writeSources("""
                      - type: {folder: demo/pages}
                    """);

            rejectsDemo("jobs/watches/demo.yaml:6").contains("'type' in source 1 must be a string, not a mapping");
        }

        @Test
        void of_type_folder_without_a_path() throws IOException {
            writeSources("""
                      - type: folder
                        name: pages
                    """);

            rejectsDemo("jobs/watches/demo.yaml:6").endsWith("missing key 'path' in source 1");
        }

        @Test
        void whose_folder_does_not_exist() throws IOException {
            writeSources("""
                      - type: folder
                        path: demo/pagez
                    """);

            rejectsDemo("jobs/watches/demo.yaml:7")
                    .endsWith("folder 'demo/pagez' does not exist (looked for jobs/demo/pagez)");
        }

        @Test
        void whose_folder_is_a_file() throws IOException {
            Files.writeString(jobs.resolve("demo/pages/page.html"), "<html></html>");
            writeSources("""
                      - type: folder
                        path: demo/pages/page.html
                    """);

            rejectsDemo("jobs/watches/demo.yaml:7").contains("folder 'demo/pages/page.html' is not a directory");
        }

        @Test
        void with_an_empty_name() throws IOException {
            writeSources("""
                      - type: folder
                        name: ''
                        path: demo/pages
                    """);

            rejectsDemo("jobs/watches/demo.yaml:7").endsWith("'name' in source 1 is empty");
        }

        @Test
        void whose_name_another_source_has() throws IOException {
            writeSources("""
                      - type: folder
                        path: demo/pages
                      - type: folder
                        path: demo/pages
                    """);

            rejectsDemo("jobs/watches/demo.yaml:8")
                    .contains("duplicate source name 'folder:demo/pages' (also the source at line 6");
        }

        @Test
        void whose_include_is_not_a_list() throws IOException {
            writeSources("""
                      - type: folder
                        path: demo/pages
                        include: '\\.html$'
                    """);

            rejectsDemo("jobs/watches/demo.yaml:8")
                    .contains("'include' in source 1 must be a list of patterns, not a string");
        }

        @Test
        void with_an_include_pattern_that_is_not_a_regular_expression() throws IOException {
            writeSources("""
                      - type: folder
                        path: demo/pages
                        include:
                          - '\\.html$'
                          - '[a-z'
                    """);

            rejectsDemo("jobs/watches/demo.yaml:10").contains("bad include pattern '[a-z': Unclosed character class");
        }

        @Test
        void with_a_glob_as_exclude_pattern_and_says_patterns_are_regular_expressions() throws IOException {
            writeSources("""
                      - type: folder
                        path: demo/pages
                        exclude: ['*.pdf']
                    """);

            rejectsDemo("jobs/watches/demo.yaml:8")
                    .contains("bad exclude pattern '*.pdf'", "regular expressions, not globs");
        }

        @Test
        void with_an_empty_pattern() throws IOException {
            writeSources("""
                      - type: folder
                        path: demo/pages
                        exclude:
                          -
                    """);

            rejectsDemo("jobs/watches/demo.yaml:9").endsWith("pattern 1 of 'exclude' in source 1 is empty");
        }
    }

    @Nested
    @DisplayName("loads all watches")
    class LoadsAll {

        @Test
        void sorted_by_id() throws IOException {
            write("zeta", DEMO.replace("id: demo", "id: zeta"));
            write("demo", DEMO);
            write("demo-2", DEMO.replace("id: demo", "id: demo-2"));

            assertThat(loader.loadAll()).extracting(Watch::id).containsExactly("demo", "demo-2", "zeta");
        }

        @Test
        void as_an_empty_list_when_there_are_none() {
            assertThat(loader.loadAll()).isEmpty();
        }

        @Test
        void ignoring_hidden_files_and_other_files() throws IOException {
            write("demo", DEMO);
            Files.writeString(jobs.resolve("watches/README.md"), "notes");
            Files.writeString(jobs.resolve("watches/.demo.yaml"), "not: a watch");

            assertThat(loader.loadAll()).extracting(Watch::id).containsExactly("demo");
        }

        @Test
        void stopping_at_the_first_bad_file() throws IOException {
            write("demo", DEMO);
            write("other", DEMO);

            rejects(loader::loadAll, "jobs/watches/other.yaml:1").contains("id 'demo' does not match");
        }

        @Test
        void rejecting_a_watch_file_ending_in_yml() throws IOException {
            write("demo", DEMO);
            Files.writeString(jobs.resolve("watches/demo.yml"), DEMO);

            rejects(loader::loadAll, "jobs/watches/demo.yml").contains("rename it to demo.yaml");
        }

        @Test
        void rejecting_duplicate_ids() {
            Watch first = new Watch("demo", "A", ZoneId.of("UTC"), "default", List.of(),
                    jobs.resolve("watches/demo.yaml"), Settings.empty());
            Watch second = new Watch("demo", "B", ZoneId.of("UTC"), "default", List.of(),
                    jobs.resolve("watches/copy.yaml"), Settings.empty());

            assertThatThrownBy(() -> loader.checkUniqueIds(List.of(first, second)))
                    .isInstanceOf(WatchException.class)
                    .hasMessage("jobs/watches/copy.yaml: duplicate watch id 'demo' (also in jobs/watches/demo.yaml)");
        }

        @Test
        void reporting_a_missing_watches_directory() throws IOException {
            Files.delete(jobs.resolve("watches"));

            rejects(loader::loadAll, "jobs/watches").contains("no such directory");
        }
    }
}
