package org.irwatch.data.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The council workbook's few cell styles, made once per workbook (Excel allows about 64,000). */
final class WorkbookStyles {

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle heading;
    final CellStyle header;
    /** The header of a number column, right-aligned over its numbers. */
    final CellStyle headerRight;
    final CellStyle label;
    final CellStyle text;
    /** Text that a spreadsheet would read as a formula when edited: kept text by Excel's quote prefix. */
    final CellStyle quotedText;
    final CellStyle wrapped;
    /** List text that may be long (council lists, risk factors): wrapped in its column so it prints whole. */
    final CellStyle wrappedText;
    final CellStyle warning;
    final CellStyle wrappedWarning;
    final CellStyle integer;
    final CellStyle percent;
    final CellStyle pounds;
    /** Pounds that can fall below nothing (an overspent budget's remainder): shown in red with a minus sign. */
    final CellStyle poundsSigned;
    /** In a number column, the words for a figure not known ("not recorded"): right-aligned, in grey italics. */
    final CellStyle notKnown;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle dateLeft;
    final CellStyle dateTimeLeft;

    /** Excel's form of the long UK date; UkDates.longDay is the same for dates written as text. */
    static final String LONG_DATE = "d mmmm yyyy";

    WorkbookStyles(Workbook workbook) {
        title = workbook.createCellStyle();
        title.setFont(font(workbook, 16, true, false));
        subtitle = workbook.createCellStyle();
        subtitle.setFont(font(workbook, 10, false, true));
        heading = workbook.createCellStyle();
        heading.setFont(font(workbook, 12, true, false));
        header = workbook.createCellStyle();
        header.setFont(font(workbook, 10, true, false));
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        headerRight = workbook.createCellStyle();
        headerRight.cloneStyleFrom(header);
        headerRight.setAlignment(HorizontalAlignment.RIGHT);
        header.setAlignment(HorizontalAlignment.LEFT);
        header.setIndention((short) 1);
        label = workbook.createCellStyle();
        label.setFont(font(workbook, 10, true, false));
        label.setVerticalAlignment(VerticalAlignment.TOP);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        // A little space from the number right-aligned in the column before; LibreOffice indents only an explicit
        // left alignment.
        text.setAlignment(HorizontalAlignment.LEFT);
        text.setIndention((short) 1);
        quotedText = workbook.createCellStyle();
        quotedText.cloneStyleFrom(text);
        quotedText.setQuotePrefixed(true);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        warning = workbook.createCellStyle();
        Font red = font(workbook, 10, true, false);
        red.setColor(IndexedColors.DARK_RED.getIndex());
        warning.setFont(red);
        wrappedWarning = workbook.createCellStyle();
        wrappedWarning.cloneStyleFrom(warning);
        wrappedWarning.setWrapText(true);
        wrappedWarning.setVerticalAlignment(VerticalAlignment.TOP);
        wrappedText = workbook.createCellStyle();
        wrappedText.cloneStyleFrom(text);
        wrappedText.setWrapText(true);
        integer = numberStyle(workbook, "#,##0");
        percent = numberStyle(workbook, "0.0%");
        pounds = numberStyle(workbook, "£#,##0.00");
        poundsSigned = numberStyle(workbook, "£#,##0.00;[Red]-£#,##0.00");
        notKnown = workbook.createCellStyle();
        notKnown.setAlignment(HorizontalAlignment.RIGHT);
        notKnown.setVerticalAlignment(VerticalAlignment.TOP);
        Font grey = font(workbook, 10, false, true);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        notKnown.setFont(grey);
        // The long UK form used for display everywhere ("6 December 2026"); cells stay dates, so they sort and filter.
        date = numberStyle(workbook, LONG_DATE);
        dateTime = numberStyle(workbook, LONG_DATE + " hh:mm");
        dateLeft = workbook.createCellStyle();
        dateLeft.cloneStyleFrom(date);
        dateLeft.setAlignment(HorizontalAlignment.LEFT);
        // Indented like the text values beside it in the title block.
        dateLeft.setIndention((short) 1);
        dateTimeLeft = workbook.createCellStyle();
        dateTimeLeft.cloneStyleFrom(dateTime);
        dateTimeLeft.setAlignment(HorizontalAlignment.LEFT);
        dateTimeLeft.setIndention((short) 1);
    }

    private static CellStyle numberStyle(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        style.setAlignment(HorizontalAlignment.RIGHT);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static Font font(Workbook workbook, int points, boolean bold, boolean italic) {
        Font font = workbook.createFont();
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }
}
