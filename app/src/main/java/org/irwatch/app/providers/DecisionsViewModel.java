package org.irwatch.app.providers;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.CsvFile;
import org.irwatch.app.common.FileDialogConfig.FileKind;
import org.irwatch.app.common.FileDialogConfig;
import org.irwatch.app.shell.ScreenContext;
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
    private ScreenContext context;

    void show(ScreenContext screenContext, List<MatchDecision> held) {
        this.context = screenContext;
        show(held);
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
        if (context == null) {
            return;
        }
        ScreenContext ctx = context;
        List<MatchDecision> rows = List.copyOf(decisions);
        CsvFile.writeInBackground(ctx.tasks(), "Exporting match decisions", file,
                out -> ctx.services().writeDecisionsCsv(rows, out),
                String.format(Locale.UK, "Exported %,d %s to %s", rows.size(), rows.size() == 1 ? "decision" : "decisions",
                        Objects.requireNonNullElse(file.getFileName(), file)));
    }

    /**
     * Adds the decisions of a colleague's file (all or nothing), then matches again so they show at once, and says
     * what changed. A refused file is explained by the error dialog.
     */
    public void importFrom(Path file) {
        if (context == null) {
            return;
        }
        ScreenContext ctx = context;
        var services = ctx.services();
        ctx.tasks().run(new BackgroundTask<>("Importing match decisions", progress -> {
            DecisionsImported imported = services.matching().importDecisions(services.readDecisionsCsv(file));
            // Decisions apply to stored matches when matching runs; an import changes no snapshot, so run it here.
            if (imported.added() + imported.updated() > 0 && services.matching().lastRun().isPresent()) {
                services.matching().matchLatest(progress);
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
