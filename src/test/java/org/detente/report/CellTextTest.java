package org.detente.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+1", "-1", "@SUM(A1)", "=HYPERLINK(\"http://evil\",\"x\")", "＝1+2"})
    void formulaStartsGetALeadingApostrophe(String text) {
        assertThat(CellText.forCsv(text)).isEqualTo("'" + text);
        assertThat(CellText.forExcel(text)).isEqualTo("'" + text);
    }

    @Test
    void leadingTabOrCarriageReturnIsNeutralisedAndBecomesASpace() {
        assertThat(CellText.forCsv("\t=1")).isEqualTo("' =1");
        assertThat(CellText.forCsv("\rcmd")).isEqualTo("' cmd");
    }

    @Test
    void formulaAfterLeadingWhiteSpaceIsNeutralised() {
        assertThat(CellText.forCsv("  =1+2")).isEqualTo("'  =1+2");
        assertThat(CellText.forCsv("\n@x")).isEqualTo("'\n@x");
    }

    @Test
    void ordinaryTextIsUnchanged() {
        assertThat(CellText.forCsv("Troops massed near Kharkiv; talks stalled – 3% up")).isEqualTo(
                "Troops massed near Kharkiv; talks stalled – 3% up");
        assertThat(CellText.forCsv("a = b")).isEqualTo("a = b");
    }

    @Test
    void nullBecomesEmpty() {
        assertThat(CellText.forCsv(null)).isEmpty();
        assertThat(CellText.forExcel(null)).isEmpty();
    }

    @Test
    void controlCharactersAreRemovedButLineFeedsKept() {
        assertThat(CellText.forCsv("a\u0000b\u0007c\u001Bd\u007Fe\u0085f\nG")).isEqualTo("abcdef\nG");
    }

    @Test
    void tabsAndLoneCarriageReturnsInsideBecomeSpacesAndCrLfBecomesLineFeed() {
        assertThat(CellText.forCsv("a\tb\rc\r\nd")).isEqualTo("a b c\nd");
    }

    @Test
    void loneSurrogatesAndNonCharactersAreRemovedButEmojiKept() {
        assertThat(CellText.forCsv("a\uD800b\uFFFFc😀")).isEqualTo("abc😀");
    }

    @Test
    void excelTextEscapesLiteralOoxmlEscapes() {
        assertThat(CellText.forExcel("code_x0041_ and _x00e9_")).isEqualTo("code_x005F_x0041_ and _x005F_x00e9_");
        assertThat(CellText.forExcel("_x12_ stays")).isEqualTo("_x12_ stays");
    }

    @Test
    void csvTextKeepsLiteralOoxmlEscapesAsTheyAre() {
        assertThat(CellText.forCsv("code_x0041_")).isEqualTo("code_x0041_");
    }

    @Test
    void textOverExcelsLimitIsCutWithAVisibleMarker() {
        String cut = CellText.forExcel("a".repeat(40_000));

        assertThat(cut).hasSize(CellText.MAX_CHARS).endsWith(CellText.CUT_MARKER).startsWith("aaaa");
    }

    @Test
    void textAtExactlyTheLimitIsKept() {
        String text = "b".repeat(CellText.MAX_CHARS);

        assertThat(CellText.forCsv(text)).isEqualTo(text);
    }

    @Test
    void neutralisingPrefixCountsTowardTheLimit() {
        String cut = CellText.forCsv("=" + "1".repeat(CellText.MAX_CHARS));

        assertThat(cut).hasSize(CellText.MAX_CHARS).startsWith("'=").endsWith(CellText.CUT_MARKER);
    }

    @Test
    void cutNeverSplitsASurrogatePair() {
        int keep = CellText.MAX_CHARS - CellText.CUT_MARKER.length();
        String text = "x".repeat(keep - 1) + "😀" + "y".repeat(100);

        String cut = CellText.forCsv(text);

        assertThat(cut).isEqualTo("x".repeat(keep - 1) + CellText.CUT_MARKER);
    }
}
