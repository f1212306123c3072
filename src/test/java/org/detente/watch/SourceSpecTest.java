package org.detente.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SourceSpecTest {

    private static SourceSpec folder(List<String> include, List<String> exclude) {
        return new SourceSpec("folder", "pages", "demo/pages",
                include.stream().map(Pattern::compile).toList(), exclude.stream().map(Pattern::compile).toList(), 6);
    }

    @Test
    void accepts_every_page_without_patterns() {
        assertThat(folder(List.of(), List.of()).accepts("anything.txt")).isTrue();
    }

    @Test
    void accepts_only_pages_an_include_pattern_is_found_in() {
        SourceSpec source = folder(List.of("\\.html$", "^https://example\\.org/"), List.of());

        assertThat(source.accepts("talks.html")).isTrue();
        assertThat(source.accepts("https://example.org/news/1")).isTrue();
        assertThat(source.accepts("talks.pdf")).isFalse();
    }

    @Test
    void rejects_a_page_an_exclude_pattern_is_found_in_even_when_included() {
        SourceSpec source = folder(List.of("\\.html$"), List.of("^draft-"));

        assertThat(source.accepts("draft-talks.html")).isFalse();
        assertThat(source.accepts("talks.html")).isTrue();
    }

    @Test
    void searches_patterns_anywhere_in_the_name() {
        assertThat(folder(List.of("kyiv"), List.of()).accepts("2024-05-01-kyiv-talks.html")).isTrue();
    }

    @Test
    void resolves_its_path_against_the_jobs_directory() {
        assertThat(folder(List.of(), List.of()).resolve(Path.of("jobs"))).isEqualTo(Path.of("jobs/demo/pages"));
    }

    @Test
    void equals_a_spec_with_the_same_pattern_texts() {
        assertThat(folder(List.of("a"), List.of("b"))).isEqualTo(folder(List.of("a"), List.of("b")))
                .hasSameHashCodeAs(folder(List.of("a"), List.of("b")))
                .isNotEqualTo(folder(List.of("a"), List.of("c")));
    }
}
