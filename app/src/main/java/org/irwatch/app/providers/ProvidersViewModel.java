package org.irwatch.app.providers;

import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.LatestRequest;
import org.irwatch.app.shell.ScreenContext;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.ProviderSummary;

/** The providers of the chosen area, filtered as the user types (name, provider ID or council). */
public final class ProvidersViewModel {

    private final ObservableList<ProviderSummary> all = FXCollections.observableArrayList();
    private final FilteredList<ProviderSummary> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final LatestRequest latest = new LatestRequest();

    public ProvidersViewModel() {
        filter.addListener((obs, old, text) -> shown.setPredicate(p -> matches(p, text)));
    }

    public void load(ScreenContext context, Scope scope) {
        context.tasks().run(new BackgroundTask<>("Reading providers in " + scope.label(),
                progress -> context.services().market().providers(scope)), latest.accept(all::setAll));
    }

    static boolean matches(ProviderSummary provider, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return provider.name().toLowerCase(Locale.ROOT).contains(needle)
                || provider.providerId().toLowerCase(Locale.ROOT).contains(needle)
                || provider.councils().toLowerCase(Locale.ROOT).contains(needle);
    }

    public ObservableList<ProviderSummary> shown() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }
}
