package org.detente.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles the workbook uses, created once.
 *
 * <p>Excel allows about 64,000 styles per file; creating one per cell would hit that on a busy day, so
 * sheets share these.
 */
final class WorkbookStyles {

    final CellStyle title;
    final CellStyle header;
    final CellStyle section;
    final CellStyle text;
    final CellStyle bold;
    final CellStyle wrapped;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle integer;
    final CellStyle intensity;
    final CellStyle netIndex;
    final CellStyle boldNetIndex;
    final CellStyle zScore;
    final CellStyle setting;
    final CellStyle link;

    WorkbookStyles(Workbook workbook) {
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 16);
        Font linkFont = workbook.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());

        text = base(workbook);
        title = base(workbook);
        title.setFont(titleFont);
        bold = base(workbook);
        bold.setFont(boldFont);
        section = base(workbook);
        section.setFont(boldFont);
        section.setBorderBottom(BorderStyle.THIN);
        header = base(workbook);
        header.setFont(boldFont);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        wrapped = base(workbook);
        wrapped.setWrapText(true);
        date = formatted(workbook, "yyyy-mm-dd");
        dateTime = formatted(workbook, "yyyy-mm-dd hh:mm");
        integer = formatted(workbook, "0");
        intensity = formatted(workbook, "0.0");
        netIndex = formatted(workbook, "0.0000");
        boldNetIndex = formatted(workbook, "0.0000");
        boldNetIndex.setFont(boldFont);
        zScore = formatted(workbook, "0.00");
        setting = formatted(workbook, "General");
        link = base(workbook);
        link.setFont(linkFont);
    }

    private static CellStyle base(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static CellStyle formatted(Workbook workbook, String format) {
        CellStyle style = base(workbook);
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(format));
        return style;
    }
}
