package org.irwatch.app.market;

import java.text.NumberFormat;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.LatestRequest;
import org.irwatch.app.shell.ScreenContext;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.MarketFigures;

/** Holds the figures of the chosen area; loads them in the background. */
public final class MarketViewModel {

    private static final NumberFormat NUMBER = NumberFormat.getIntegerInstance(Locale.UK);

    private final ReadOnlyObjectWrapper<MarketFigures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final LatestRequest latest = new LatestRequest();

    public void load(ScreenContext context, Scope scope) {
        context.tasks().run(new BackgroundTask<>("Reading the market of " + scope.label(),
                progress -> context.services().market().figures(scope)), latest.accept(loaded -> {
                    heading.set("Adult social care market: " + scope.label());
                    figures.set(loaded);
                }));
    }

    public ReadOnlyObjectProperty<MarketFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    static String format(int value) {
        return NUMBER.format(value);
    }
}
