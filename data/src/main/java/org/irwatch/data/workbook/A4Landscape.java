package org.irwatch.data.workbook;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/** How a wide sheet prints: on A4 landscape, as wide as the page, as many pages long as it needs. */
final class A4Landscape {

    private A4Landscape() {
    }

    static void apply(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }
}
