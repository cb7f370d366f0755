package org.irwatch.data.workbook;

/** How a column's values are written: as text, or as numbers and dates a spreadsheet can sum and sort. */
enum CellKind {
    TEXT, INTEGER, PERCENT, DATE, DATE_TIME, POUNDS
}
