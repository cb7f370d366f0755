package org.irwatch.app.providers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.LatestRequest;
import org.irwatch.app.common.TaskExecutor;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.CqcColumn;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.market.ProviderSummary;
import org.irwatch.core.matching.MatchDecision;
import org.irwatch.core.matching.MatchRun;
import org.irwatch.core.matching.MatchingService;
import org.irwatch.core.matching.StoredMatch;

/**
 * The providers of the chosen area with the register organisation each was matched to, filtered as the user types
 * (name, provider ID, council or sponsor). Feeds the review queue and the decisions list from the same load. While a
 * load runs it says so (no count, no "no providers" sentence), and another area's rows are never shown under the new
 * area's name.
 */
public final class ProvidersViewModel {

    private final ObservableList<ProviderRow> all = FXCollections.observableArrayList();
    private final FilteredList<ProviderRow> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final LatestRequest latest = new LatestRequest();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("Loading providers…");
    /** The area whose rows are listed; null before the first load. */
    private Scope listed;
    private final MarketService market;
    private final MatchingService matching;
    private final TaskExecutor tasks;
    private final ReviewViewModel review;
    private final DecisionsViewModel decisions;
    /** Whether the CQC file held care home beds; read with the rows, so the two always agree. */
    private boolean bedsHeld = true;

    /** What one load reads, in one background task. */
    private record Loaded(List<ProviderSummary> providers, List<StoredMatch> matches, List<MatchDecision> decisions,
                          MatchRun run, boolean bedsHeld) {
    }

    /** The review queue and the decisions list are fed from this model's loads. */
    public ProvidersViewModel(MarketService market, MatchingService matching, TaskExecutor tasks,
                              ReviewViewModel review, DecisionsViewModel decisions) {
        this.market = market;
        this.matching = matching;
        this.tasks = tasks;
        this.review = review;
        this.decisions = decisions;
        review.setListeners(this::matchChanged, decisions::show);
        filter.addListener((obs, old, text) -> shown.setPredicate(p -> matches(p, text)));
    }

    public void load(Scope scope) {
        String title = "Reading providers in " + scope.label();
        if (!scope.equals(listed)) {
            all.clear();
        }
        loading.set(true);
        placeholder.set("Loading providers of " + scope.label() + "…");
        tasks.run(new BackgroundTask<>(title, progress -> new Loaded(
                market.providers(scope), matching.matches(market.councilCodes(scope)), matching.decisions(),
                matching.lastRun().orElse(null), market.data().holds(CqcColumn.BEDS))), latest.accept(loaded -> {
                    bedsHeld = loaded.bedsHeld();
                    listed = scope;
                    all.setAll(join(loaded.providers(), loaded.matches()));
                    review.show(scope, loaded.matches(), loaded.run());
                    decisions.show(loaded.decisions());
                    placeholder.set("No adult social care providers in " + scope.label() + " in the CQC data held.");
                    loading.set(false);
                }), failure -> {
                    placeholder.set("The providers of " + scope.label() + " could not be read.");
                    loading.set(false);
                    tasks.reportFailure(title, failure);
                });
    }

    /** Each provider with its stored match, by CQC provider ID; providers not matched yet have none. */
    static List<ProviderRow> join(List<ProviderSummary> providers, List<StoredMatch> matches) {
        Map<String, StoredMatch> byProvider = matches.stream()
                .collect(Collectors.toMap(StoredMatch::providerId, Function.identity(), (a, b) -> a));
        return providers.stream().map(p -> new ProviderRow(p, byProvider.get(p.providerId()))).toList();
    }

    /** A decision changed a provider's match: its row changes in place. */
    private void matchChanged(StoredMatch changed) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).provider().providerId().equals(changed.providerId())) {
                all.set(i, all.get(i).withMatch(changed));
                return;
            }
        }
    }

    static boolean matches(ProviderRow row, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        ProviderSummary provider = row.provider();
        return provider.name().toLowerCase(Locale.ROOT).contains(needle)
                || provider.providerId().toLowerCase(Locale.ROOT).contains(needle)
                || provider.councils().toLowerCase(Locale.ROOT).contains(needle)
                || row.sponsorName().toLowerCase(Locale.ROOT).contains(needle);
    }

    /** Whether the rows' care home beds are counts, or "not in this file" (the CQC file held no beds). */
    public boolean bedsHeld() {
        return bedsHeld;
    }

    /** True from the start of a load until its rows are shown. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** What the empty table says: loading, or that the area has no providers. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** "1,234 providers", or "… providers" while loading. */
    public StringBinding providerCount() {
        return counted("%s providers", Bindings.size(shown));
    }

    /** "Review matches (12)", or "Review matches (…)" while loading. */
    public StringBinding reviewTabText() {
        return counted("Review matches (%s)", Bindings.size(review.queue()));
    }

    /** "Decisions (3)", or "Decisions (…)" while loading. */
    public StringBinding decisionsTabText() {
        return counted("Decisions (%s)", Bindings.size(decisions.decisions()));
    }

    private StringBinding counted(String format, javafx.beans.binding.IntegerBinding size) {
        return Bindings.createStringBinding(() -> String.format(Locale.UK, format,
                loading.get() ? "…" : String.format(Locale.UK, "%,d", size.get())), loading, size);
    }

    public ObservableList<ProviderRow> shown() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReviewViewModel review() {
        return review;
    }

    public DecisionsViewModel decisions() {
        return decisions;
    }
}
