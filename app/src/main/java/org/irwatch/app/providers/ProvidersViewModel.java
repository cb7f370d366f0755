package org.irwatch.app.providers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * (name, provider ID, council or sponsor). Feeds the review queue and the decisions list from the same load.
 */
public final class ProvidersViewModel {

    private final ObservableList<ProviderRow> all = FXCollections.observableArrayList();
    private final FilteredList<ProviderRow> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final LatestRequest latest = new LatestRequest();
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
        tasks.run(new BackgroundTask<>("Reading providers in " + scope.label(), progress -> new Loaded(
                market.providers(scope), matching.matches(market.councilCodes(scope)), matching.decisions(),
                matching.lastRun().orElse(null), market.data().holds(CqcColumn.BEDS))), latest.accept(loaded -> {
                    bedsHeld = loaded.bedsHeld();
                    all.setAll(join(loaded.providers(), loaded.matches()));
                    review.show(scope, loaded.matches(), loaded.run());
                    decisions.show(loaded.decisions());
                }));
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
