package org.irwatch.app.market;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.irwatch.app.common.FigureTile;
import org.irwatch.app.common.PlannedFeature;
import org.irwatch.app.shell.Screen;
import org.irwatch.app.shell.ScreenContext;
import org.irwatch.app.shell.ScreenHeader;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.MarketFigures;

/** The Monday-morning screen: the size of the care market in the chosen area and the trouble recorded in it. */
public final class MarketView implements Screen {

    private final MarketViewModel model = new MarketViewModel();
    private VBox root;

    @Override
    public String title() {
        return "Market";
    }

    @Override
    public Node root() {
        if (root == null) {
            root = createView();
        }
        return root;
    }

    @Override
    public void refresh(ScreenContext context, Scope scope) {
        model.load(context, scope);
    }

    private VBox createView() {
        FigureTile providers = new FigureTile("figure-providers", "care providers");
        FigureTile locations = new FigureTile("figure-locations", "adult social care locations");
        FigureTile careHomes = new FigureTile("figure-care-homes", "care homes");
        FigureTile beds = new FigureTile("figure-beds", "care home beds");
        FigureTile homeCare = new FigureTile("figure-home-care", "home care locations");
        FigureTile suspended = new FigureTile("figure-suspensions", "suspensions");
        FigureTile revoked = new FigureTile("figure-revocations", "revocations");
        FigureTile workers = new FigureTile("figure-workers", "workers affected");
        model.figuresProperty().addListener((obs, old, f) -> {
            if (f == null) {
                return;
            }
            providers.valueProperty().set(MarketViewModel.format(f.providers()));
            locations.valueProperty().set(MarketViewModel.format(f.locations()));
            careHomes.valueProperty().set(MarketViewModel.format(f.careHomes()));
            // Not every CQC file has bed counts: say so rather than show a false zero.
            beds.valueProperty().set(f.careHomeBeds() == null ? "not in file" : MarketViewModel.format(f.careHomeBeds()));
            homeCare.valueProperty().set(MarketViewModel.format(f.homeCareLocations()));
            suspended.valueProperty().set(MarketViewModel.format(f.suspensions()));
            revoked.valueProperty().set(MarketViewModel.format(f.revocations()));
            workers.valueProperty().set(MarketViewModel.format(f.workersAffected()));
        });
        Label marketHeading = new Label("Care market");
        marketHeading.getStyleClass().add(Styles.TITLE_4);
        Label riskHeading = new Label("Licence action recorded");
        riskHeading.getStyleClass().add(Styles.TITLE_4);
        Label scopeLine = new Label();
        scopeLine.setId("market-scope");
        scopeLine.textProperty().bind(model.headingProperty());
        VBox box = new VBox(14,
                ScreenHeader.of(title(), "How much of the care market in your area depends on sponsored workers, "
                        + "and who is in trouble."),
                scopeLine,
                marketHeading, tiles(providers, locations, careHomes, beds, homeCare),
                riskHeading, tiles(suspended, revoked, workers),
                PlannedFeature.note("Arriving with matching and market risk",
                        "How many providers hold a sponsor licence, and how sure each match is",
                        "Share of locations and care home beds that depend on sponsors",
                        "Watch list ranked by a transparent risk score, with each factor shown",
                        "Charts of suspensions and revocations by council and by month; click a figure for the list"));
        box.setPadding(new Insets(20));
        return box;
    }

    private static FlowPane tiles(Node... tiles) {
        FlowPane pane = new FlowPane(12, 12, tiles);
        return pane;
    }

}
