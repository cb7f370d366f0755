package org.irwatch.data.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irwatch.core.common.UkDates;

/**
 * The data date in a file name as the publishers write it: "2021-11-02_-_Worker_and_Temporary_Worker.csv",
 * "..._Register_-_2026-06-26.csv", "16_September_2026_CQC_directory.csv", "HSCA_Active_Locations_1_October_2026.ods".
 */
public final class DataDateInName {

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<!\\d)(\\d{1,2})[ _-]([A-Za-z]{3,9})[ _-](\\d{4})(?!\\d)");

    private DataDateInName() {
    }

    public static Optional<LocalDate> of(String fileName) {
        Matcher iso = ISO.matcher(fileName);
        if (iso.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        Matcher words = DAY_MONTH_YEAR.matcher(fileName);
        while (words.find()) {
            Optional<LocalDate> date = UkDates.tryParse(words.group(1) + " " + words.group(2) + " " + words.group(3));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }
}
