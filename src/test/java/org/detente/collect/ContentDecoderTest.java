package org.detente.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Charsets from the BOM, the header (unless it lies), the meta tag, else UTF-8 or windows-1252. */
class ContentDecoderTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final String KYIV = "Київ";

    @Test
    void theHeaderCharsetIsUsedWhenThePageSaysNothing() {
        byte[] page = ("<p>" + KYIV + "</p>").getBytes(CP1251);

        assertThat(ContentDecoder.charset(page, "text/html; charset=windows-1251")).isEqualTo(CP1251);
        assertThat(text(page, "text/html; charset=windows-1251")).contains(KYIV);
    }

    @Test
    void theMetaCharsetIsUsedWithoutAHeaderCharset() {
        byte[] page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "</head><p>" + KYIV + "</p>").getBytes(CP1251);

        assertThat(text(page, "text/html")).contains(KYIV);
    }

    @Test
    void aBomWinsOverAHeaderThatSaysOtherwise() {
        byte[] body = ("\uFEFF<p>" + KYIV + "</p>").getBytes(StandardCharsets.UTF_8);

        assertThat(ContentDecoder.charset(body, "text/html; charset=iso-8859-1")).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aHeaderThatLiesAboutUtf8IsNotBelieved() {
        byte[] page = ("<meta charset=\"windows-1251\"><p>" + KYIV + "</p>").getBytes(CP1251);

        assertThat(text(page, "text/html; charset=utf-8")).contains(KYIV);
    }

    @Test
    void aSingleByteHeaderOnAUtf8PageThatSaysUtf8IsNotBelieved() {
        byte[] page = ("<meta charset=\"utf-8\"><p>" + KYIV + "</p>").getBytes(StandardCharsets.UTF_8);

        assertThat(text(page, "text/html; charset=iso-8859-1")).contains(KYIV);
    }

    @Test
    void noCharsetAnywhereIsUtf8WhenTheBytesAreUtf8ElseWindows1252() {
        assertThat(text(("<p>" + KYIV + "</p>").getBytes(StandardCharsets.UTF_8), "")).contains(KYIV);
        assertThat(text("<p>caf\u00e9</p>".getBytes(Charset.forName("windows-1252")), null)).contains("café");
    }

    @Test
    void theStoredPageIsUtf8WithABomSoTheParserIgnoresTheMetaTag() {
        byte[] stored = ContentDecoder.toUtf8(("<meta charset=\"windows-1251\"><p>" + KYIV).getBytes(CP1251), "");

        assertThat(stored).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(stored, StandardCharsets.UTF_8)).contains(KYIV);
    }

    @Test
    void aCompressedBodyOverTheCapGivesItsFirstBytesWhenOnlyItsStartIsWanted() throws Exception {
        byte[] robots = ("User-agent: *\nDisallow: /private/\n" + "#".repeat(100_000)).getBytes();

        byte[] gz = ContentDecoder.decodePrefix(HttpFetcherTest.gzip(robots), "gzip", 1000);
        byte[] df = ContentDecoder.decodePrefix(HttpFetcherTest.deflate(robots), "deflate", 1000);

        assertThat(gz).hasSize(1000).startsWith("User-agent: *".getBytes());
        assertThat(df).isEqualTo(gz);
    }

    private static String text(byte[] body, String contentType) {
        return new String(ContentDecoder.toUtf8(body, contentType), StandardCharsets.UTF_8);
    }
}
