package org.irwatch.app.wiring;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.irwatch.core.common.CsvWriter;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.imports.RejectedLine;
import org.irwatch.core.imports.table.RowProblem;
import org.irwatch.core.imports.table.SheetReader;
import org.irwatch.core.imports.table.SheetTable;
import org.irwatch.core.market.CouncilReport;
import org.irwatch.core.quarterly.QuarterlyReturn;
import org.irwatch.core.matching.MatchDecision;
import org.irwatch.core.matching.MatchResult;
import org.irwatch.core.register.RegisterChange;
import org.irwatch.data.export.EventsCsv;
import org.irwatch.data.export.MatchCsv;
import org.irwatch.data.export.RegisterChangesCsv;
import org.irwatch.data.export.RejectedLinesCsv;
import org.irwatch.data.export.RowProblemsCsv;
import org.irwatch.data.imports.SheetTableReader;
import org.irwatch.data.matching.DecisionsCsv;
import org.irwatch.data.workbook.CouncilWorkbook;
import org.irwatch.data.workbook.ReturnWorkbook;

/**
 * The files IR Watch reads and writes besides its database, each behind the port its users need: screens and
 * commands get one of these, never the data module's writers.
 *
 * @param events        CSV of events: see {@link EventsCsv}
 * @param matches       CSV of match results: cqc_provider_id,cqc_provider_name,sponsor_name,sponsor_town,score,
 *                      band,evidence
 * @param decisions     CSV of match decisions, for sharing: see {@link DecisionsCsv}
 * @param readDecisions a decisions CSV read whole, or refused in a sentence naming the bad lines
 * @param changes       CSV of register changes: change,organisation_name,town,before,after
 * @param rejectedLines CSV of the lines an import rejected: line,reason,text
 * @param rowProblems CSV of the rows of a sheet (a tracker, employers) that were not imported, with why
 * @param readSheet     a sheet people keep (XLSX or CSV: a tracker, a list of workers...) read whole
 * @param councilWorkbook writes the council workbook (.xlsx); a failure leaves no half-written file
 * @param returnWorkbook writes the DHSC quarterly return (.xlsx); a failure leaves no half-written file
 */
public record FileFormats(CsvWriter<EnforcementEvent> events, CsvWriter<MatchResult> matches,
                          CsvWriter<MatchDecision> decisions, Function<Path, List<MatchDecision>> readDecisions,
                          CsvWriter<RegisterChange> changes, CsvWriter<RejectedLine> rejectedLines,
                          CsvWriter<RowProblem> rowProblems, SheetReader readSheet,
                          BiConsumer<CouncilReport, Path> councilWorkbook,
                          BiConsumer<QuarterlyReturn, Path> returnWorkbook) {

    /** The data module's formats; {@code clock} says when "the future" starts for a decision read. */
    static FileFormats of(Clock clock) {
        return new FileFormats(EventsCsv::write, MatchCsv::write, DecisionsCsv::write,
                file -> DecisionsCsv.read(file, clock), RegisterChangesCsv::write, RejectedLinesCsv::write,
                RowProblemsCsv::write, new SheetTableReader(), CouncilWorkbook::write,
                ReturnWorkbook::write);
    }
}
