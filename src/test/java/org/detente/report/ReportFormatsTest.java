package org.detente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportFormatsTest {

    @Test
    void decimalsUseADotWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(ReportFormats.decimal(-0.25, 4)).isEqualTo("-0.2500");
            assertThat(ReportFormats.decimal(1234.56, 1)).isEqualTo("1234.6");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void valuesThatRoundToZeroHaveNoMinus() {
        assertThat(ReportFormats.decimal(-0.00001, 4)).isEqualTo("0.0000");
        assertThat(ReportFormats.decimal(-0.0, 1)).isEqualTo("0.0");
        assertThat(ReportFormats.decimal(-0.04, 1)).isEqualTo("0.0");
    }

    @Test
    void dateTimesKeepTheirOffsetAndWholeSeconds() {
        assertThat(ReportFormats.dateTime(OffsetDateTime.of(2022, 2, 14, 9, 30, 0, 5, ZoneOffset.ofHours(1))))
                .isEqualTo("2022-02-14T09:30:00+01:00");
        assertThat(ReportFormats.dateTime(OffsetDateTime.of(2022, 2, 14, 9, 30, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("2022-02-14T09:30:00Z");
        assertThat(ReportFormats.dateTime(null)).isEmpty();
    }
}
