package org.irwatch.app.placements;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.screen.ScreenContext;
import org.irwatch.core.placements.CosLink;
import org.irwatch.core.placements.CosRepository;
import org.irwatch.core.placements.CosRow;

/**
 * Certificates rows whose sponsor is not surely on the register (restricted data): a person confirms the candidate the
 * matching engine found, or rejects it; only then do the certificates count, or count for no one.
 */
public final class CosReviewViewModel {

    private final ObservableList<CosRow> waiting = FXCollections.observableArrayList();
    private final CosRepository certificates;
    private final ScreenContext context;

    public CosReviewViewModel(CosRepository certificates, ScreenContext context) {
        this.certificates = certificates;
        this.context = context;
    }

    public void load() {
        context.tasks().run(new BackgroundTask<>("Reading certificates to review", progress -> certificates.toReview()),
                waiting::setAll);
    }

    /** Counts the row's certificates as its candidate's; a row without a candidate can only be rejected. */
    public void confirm(CosRow row) {
        if (row != null && row.link().organisationKey() != null) {
            decide(row, CosLink.Band.CONFIRMED);
        }
    }

    public void reject(CosRow row) {
        if (row != null) {
            decide(row, CosLink.Band.REJECTED);
        }
    }

    private void decide(CosRow row, CosLink.Band decision) {
        context.tasks().run(new BackgroundTask<>("Recording the decision on " + row.sponsorName(), progress -> {
            certificates.decide(row.id(), decision);
            return null;
        }), done -> {
            context.dataChanged().run();
            load();
        });
    }

    /** The candidate in words: "Medium match to 'ACME CARE LTD': …", or that none was found. */
    public static String candidateOf(CosRow row) {
        return row.link().organisationKey() == null ? "No sponsor of a like name on the register"
                : row.link().band().name().charAt(0) + row.link().band().name().substring(1).toLowerCase(
                java.util.Locale.ROOT) + " match to '" + row.link().registerName() + "': " + row.link().evidence();
    }

    public ObservableList<CosRow> waiting() {
        return waiting;
    }
}
