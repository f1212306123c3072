package org.detente.collect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One article, one address: tracking parameters, fragments, case and default ports do not make another. */
class UrlCanonicalizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://News.Example/a?utm_source=rss&utm_medium=feed          | https://news.example/a
            https://news.example/a?id=7&utm_campaign=x&fbclid=abc#comments | https://news.example/a?id=7
            http://news.example:80/a?gclid=1                                | http://news.example/a
            https://news.example:443                                        | https://news.example/
            https://news.example:8443/a#top                                 | https://news.example:8443/a
            https://news.example/a?page=2&xtor=RSS-1                        | https://news.example/a?page=2
            """)
    void strips(String url, String canonical) {
        assertThat(UrlCanonicalizer.canonical(url)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://news.example/a?id=7&page=2
            https://news.example/A/B.html
            """)
    void keeps(String url) {
        assertThat(UrlCanonicalizer.canonical(url)).isEqualTo(url);
    }
}
