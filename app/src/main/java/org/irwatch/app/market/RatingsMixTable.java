package org.irwatch.app.market;

import atlantafx.base.theme.Styles;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.market.CqcColumn;
import org.irwatch.core.market.ScopedMarket;

/**
 * Locations here by CQC rating: sponsors' beside the others', as counts and as shares of each column; a sentence
 * instead when the CQC file held no ratings.
 */
final class RatingsMixTable extends GridPane {

    RatingsMixTable() {
        setId("ratings-mix");
        setHgap(24);
        setVgap(4);
        getStyleClass().add("ratings-mix");
    }

    void show(ScopedMarket market) {
        getChildren().clear();
        if (!market.data().holds(CqcColumn.RATINGS)) {
            // Every location would count as Not rated: a table of one row that means nothing.
            Label missing = muted("CQC ratings: " + CqcColumn.NOT_IN_FILE_SENTENCE + ".");
            missing.setId("ratings-mix-missing");
            add(missing, 0, 0);
            return;
        }
        ScopedMarket.RatingsMix mix = market.ratingsMix();
        int sponsors = mix.sponsors().values().stream().mapToInt(Integer::intValue).sum();
        int others = mix.others().values().stream().mapToInt(Integer::intValue).sum();
        addRow(0, header("CQC rating"), header("Sponsors' locations"), header(""), header("Other locations"),
                header(""));
        int row = 1;
        for (OverallRating rating : OverallRating.values()) {
            int s = mix.sponsors().get(rating);
            int o = mix.others().get(rating);
            addRow(row, new Label(rating.label()), number(Figures.count(s), "mix-sponsors-" + rating.name()),
                    muted(share(s, sponsors)), number(Figures.count(o), "mix-others-" + rating.name()),
                    muted(share(o, others)));
            row++;
        }
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "" : Figures.percent((double) part / whole);
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static Label number(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        GridPane.setHalignment(label, HPos.RIGHT);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        GridPane.setHalignment(label, HPos.RIGHT);
        return label;
    }
}
