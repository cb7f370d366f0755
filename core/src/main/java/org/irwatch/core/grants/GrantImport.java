package org.irwatch.core.grants;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.common.FinancialYear;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.council.Scope;
import org.irwatch.core.imports.table.BadValueException;
import org.irwatch.core.imports.table.ColumnMapping;
import org.irwatch.core.imports.table.MappedRow;
import org.irwatch.core.imports.table.RowProblem;
import org.irwatch.core.imports.table.RowsRejectedException;
import org.irwatch.core.imports.table.SheetTable;

/**
 * Imports a sheet of grant spend through the shared column mapping: a row per initiative and quarter (a row without a
 * quarter gives the budget alone). Every bad cell is reported by row and column, and then all rows are stored or
 * none. An initiative already kept for the area and year gets the sheet's budget and the quarters it gives; its other
 * quarters stay as they were, so importing the same sheet twice changes nothing.
 */
public final class GrantImport {

    private static final Pattern SHORT_QUARTER = Pattern.compile("(?i)q?\\s*([1-4])");

    private final Grants grants;
    private final Function<String, Scope> areaByName;

    /** @param areaByName the area a name stands for; throws {@link UserFacingException} naming close ones */
    public GrantImport(Grants grants, Function<String, Scope> areaByName) {
        this.grants = grants;
        this.areaByName = areaByName;
    }

    /** What an import stored. */
    public record Result(int initiatives, int added, int quartersRecorded, BigDecimal spend) {

        /** "Imported 2 initiatives (1 new) with 3 quarters of spend (£8,200.50) from grants.csv." */
        public String summary(String fileName) {
            return "Imported " + initiatives + (initiatives == 1 ? " initiative" : " initiatives") + " (" + added
                    + " new) with " + quartersRecorded + (quartersRecorded == 1 ? " quarter" : " quarters")
                    + " of spend (" + Pounds.format(spend) + ") from " + fileName + ".";
        }
    }

    /**
     * @param defaultArea the area of rows whose area cell is empty (or when no column holds it); null when none
     * @throws RowsRejectedException naming each bad cell, when any row cannot be read; nothing is stored then
     */
    public Result run(SheetTable table, ColumnMapping<GrantField> mapping, Scope defaultArea) {
        mapping.checkAgainst(table);
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Initiative> read = new LinkedHashMap<>();
        for (SheetTable.Row row : table.rows()) {
            if (row.values().stream().allMatch(String::isBlank)) {
                continue;
            }
            MappedRow<GrantField> cells = new MappedRow<>(table, mapping, row, problems);
            String name = cells.value(GrantField.INITIATIVE, GrantImport::name);
            Scope area = cells.value(GrantField.AREA, text -> area(text, defaultArea));
            FinancialYear year = cells.value(GrantField.YEAR, GrantImport::year);
            Integer quarter = cells.value(GrantField.QUARTER, text -> quarter(text, year));
            BigDecimal budget = cells.value(GrantField.BUDGET, GrantImport::budget);
            BigDecimal spend = cells.value(GrantField.SPEND, Pounds::parse);
            if (spend != null && quarter == null && !cells.hasProblem(GrantField.QUARTER)) {
                cells.addProblem(GrantField.QUARTER, "Say which quarter the spend of " + Pounds.format(spend)
                        + " is for, e.g. Q3.");
            }
            if (name == null || area == null || year == null || budget == null) {
                continue;
            }
            Initiative initiative = read.computeIfAbsent(area.key() + "\n" + year.startYear() + "\n"
                    + GrantInitiative.nameKey(name), key -> new Initiative(name, area, year, budget, cells.line()));
            initiative.add(cells, budget, quarter, spend);
        }
        if (!problems.isEmpty()) {
            throw new RowsRejectedException(table.fileName(), problems);
        }
        return store(read.values());
    }

    private Result store(Iterable<Initiative> read) {
        Map<FinancialYear, List<GrantInitiative>> kept = new HashMap<>();
        List<GrantInitiative> merged = new ArrayList<>();
        int added = 0;
        int quarters = 0;
        BigDecimal spend = BigDecimal.ZERO;
        for (Initiative one : read) {
            GrantInitiative existing = kept.computeIfAbsent(one.year, grants::inYear).stream()
                    .filter(i -> i.areaKey().equals(one.area.key())
                            && i.nameKey().equals(GrantInitiative.nameKey(one.name)))
                    .findFirst().orElse(null);
            GrantInitiative initiative = existing == null
                    ? new GrantInitiative(null, one.area.key(), one.year, one.name, one.budget, Map.of())
                    : existing.withBudget(one.budget);
            added += existing == null ? 1 : 0;
            for (Map.Entry<Integer, BigDecimal> quarter : one.spend.entrySet()) {
                initiative = initiative.withSpend(quarter.getKey(), quarter.getValue());
                quarters++;
                spend = spend.add(quarter.getValue());
            }
            merged.add(initiative);
        }
        grants.saveAll(merged);
        return new Result(merged.size(), added, quarters, spend);
    }

    /** An initiative as the sheet gives it, over one or more rows. */
    private static final class Initiative {
        private final String name;
        private final Scope area;
        private final FinancialYear year;
        private final BigDecimal budget;
        private final long firstLine;
        private final Map<Integer, BigDecimal> spend = new LinkedHashMap<>();
        private final Map<Integer, Long> spendLine = new HashMap<>();

        Initiative(String name, Scope area, FinancialYear year, BigDecimal budget, long firstLine) {
            this.name = name;
            this.area = area;
            this.year = year;
            this.budget = budget;
            this.firstLine = firstLine;
        }

        void add(MappedRow<GrantField> cells, BigDecimal rowBudget, Integer quarter, BigDecimal rowSpend) {
            if (rowBudget.compareTo(budget) != 0) {
                cells.addProblem(GrantField.BUDGET, "row " + firstLine + " gives \"" + name + "\" a budget of "
                        + Pounds.format(budget) + "; an initiative has one budget for the year.");
            }
            if (quarter == null || rowSpend == null) {
                return;
            }
            Long earlier = spendLine.putIfAbsent(quarter, cells.line());
            if (earlier != null) {
                cells.addProblem(GrantField.QUARTER, "row " + earlier + " already gives \"" + name + "\"'s spend "
                        + "for Q" + quarter + "; give each quarter once.");
                return;
            }
            spend.put(quarter, rowSpend);
        }
    }

    private static String name(String text) {
        String problem = Grants.problem(text, BigDecimal.ZERO);
        if (problem != null) {
            throw new BadValueException(problem);
        }
        return text.strip();
    }

    private Scope area(String text, Scope defaultArea) {
        if (text.isBlank()) {
            if (defaultArea == null) {
                throw new BadValueException("Name the area or council the grant belongs to, or choose the area for "
                        + "the whole sheet (--area on the command line).");
            }
            return defaultArea;
        }
        try {
            return areaByName.apply(text);
        } catch (UserFacingException e) {
            throw new BadValueException(e.getMessage());
        }
    }

    private static FinancialYear year(String text) {
        try {
            return FinancialYear.parse(text);
        } catch (UserFacingException e) {
            throw new BadValueException(e.getMessage());
        }
    }

    /** "Q3", "3", or "2024/25 Q3" / "2024-25-Q3" in the row's year; null when blank. */
    private static Integer quarter(String text, FinancialYear year) {
        if (text.isBlank()) {
            return null;
        }
        Matcher plain = SHORT_QUARTER.matcher(text.strip());
        if (plain.matches()) {
            return Integer.parseInt(plain.group(1));
        }
        FinancialQuarter quarter;
        try {
            quarter = FinancialQuarter.parse(text);
        } catch (UserFacingException e) {
            throw new BadValueException("\"" + text.strip() + "\" is not a quarter: write Q1 (April to June) to Q4 "
                    + "(January to March), or 2024/25 Q3.");
        }
        if (year != null && !quarter.year().equals(year)) {
            throw new BadValueException(quarter.label() + " is not in the row's financial year " + year.label() + ".");
        }
        return quarter.number();
    }

    private static BigDecimal budget(String text) {
        BigDecimal budget = Pounds.parse(text);
        if (budget == null) {
            throw new BadValueException("Give the initiative's budget for the year, e.g. £25,000.");
        }
        return budget;
    }
}
