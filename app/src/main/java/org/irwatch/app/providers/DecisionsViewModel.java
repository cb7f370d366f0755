package org.irwatch.app.providers;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.CsvFile;
import org.irwatch.app.common.FileDialogConfig.FileKind;
import org.irwatch.app.common.FileDialogConfig;
import org.irwatch.app.screen.ScreenContext;
import org.irwatch.core.common.CsvWriter;
import org.irwatch.core.matching.MatchingService;
import org.irwatch.core.matching.DecisionsImported;
import org.irwatch.core.matching.MatchDecision;

/**
 * Every match decision held, newest first, with who made it and when; exported as CSV for colleagues, and their
 * files imported.
 */
public final class DecisionsViewModel {

    static final Comparator<MatchDecision> NEWEST_FIRST = Comparator.comparing(MatchDecision::decidedAt).reversed()
            .thenComparing(MatchDecision::providerName);

    private final ObservableList<MatchDecision> decisions = FXCollections.observableArrayList();
    private final MatchingService matching;
    private final CsvWriter<MatchDecision> csv;
    private final Function<Path, List<MatchDecision>> readCsv;
    private final ScreenContext context;

    /**
     * @param csv     writes decisions as the CSV another copy of IR Watch imports
     * @param readCsv reads such a file whole, or refuses it in a sentence naming the bad lines
     */
    public DecisionsViewModel(MatchingService matching, CsvWriter<MatchDecision> csv,
                              Function<Path, List<MatchDecision>> readCsv, ScreenContext context) {
        this.matching = matching;
        this.csv = csv;
        this.readCsv = readCsv;
        this.context = context;
    }

    void show(List<MatchDecision> held) {
        decisions.setAll(held.stream().sorted(NEWEST_FIRST).toList());
    }

    /** Asks where to export the decisions, then exports them. */
    public void chooseAndExport() {
        if (context != null) {
            context.dialogs().showSave(FileDialogConfig.of("Export match decisions", FileKind.CSV, FileKind.ALL)
                    .named("irwatch-match-decisions.csv")).ifPresent(this::export);
        }
    }

    /** Asks which colleague's file to import, then imports it. */
    public void chooseAndImport() {
        if (context != null) {
            context.dialogs().showOpen(FileDialogConfig.of("Import match decisions", FileKind.CSV, FileKind.ALL))
                    .ifPresent(this::importFrom);
        }
    }

    /** Writes every decision held to a CSV file another copy of IR Watch can import. */
    public void export(Path file) {
        ScreenContext ctx = context;
        List<MatchDecision> rows = List.copyOf(decisions);
        CsvFile.writeInBackground(ctx.tasks(), "Exporting match decisions", file,
                out -> csv.write(rows, out),
                String.format(Locale.UK, "Exported %,d %s to %s", rows.size(), rows.size() == 1 ? "decision" : "decisions",
                        Objects.requireNonNullElse(file.getFileName(), file)));
    }

    /**
     * Adds the decisions of a colleague's file (all or nothing), then matches again so they show at once, and says
     * what changed. A refused file is explained by the error dialog.
     */
    public void importFrom(Path file) {
        ScreenContext ctx = context;
        ctx.tasks().run(new BackgroundTask<>("Importing match decisions", progress -> {
            DecisionsImported imported = matching.importDecisions(readCsv.apply(file));
            // Decisions apply to stored matches when matching runs; an import changes no snapshot, so run it here.
            if (imported.added() + imported.updated() > 0 && matching.lastRun().isPresent()) {
                matching.matchLatest(progress);
            }
            return imported;
        }), imported -> {
            ctx.tasks().announce("Imported decisions: " + imported.summary());
            ctx.dataChanged().run();
            ctx.dialogs().showInformation("Decisions imported", imported.summary());
        });
    }

    public ObservableList<MatchDecision> decisions() {
        return decisions;
    }
}
