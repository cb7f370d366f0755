package org.irwatch.app.providers;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.LatestRequest;
import org.irwatch.app.screen.ScreenContext;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.council.Scope;
import org.irwatch.core.matching.MatchBand;
import org.irwatch.core.matching.MatchDecision;
import org.irwatch.core.matching.MatchRun;
import org.irwatch.core.matching.MatchingService;
import org.irwatch.core.matching.StoredMatch;
import org.irwatch.core.matching.Verdict;

/**
 * The review queue: the Medium and Low matches of the chosen area, surest first. The reviewer confirms, rejects or
 * picks a runner-up; each decision is recorded at once, the provider's row changes in place, and the next match is
 * selected. Decisions of this session can be undone, latest first.
 */
public final class ReviewViewModel {

    /** Runner-ups offered by keys 1 to 3. */
    static final int RUNNERS_UP_OFFERED = 3;

    private final Clock clock;
    private final String reviewer;
    private final ObservableList<StoredMatch> queue = FXCollections.observableArrayList();
    private final ObjectProperty<StoredMatch> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ReviewDetails> details = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper deciding = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper lastOutcome = new ReadOnlyStringWrapper("");
    private final Deque<Decided> undoable = new ArrayDeque<>();
    private final LatestRequest detailsRequest = new LatestRequest();
    private Consumer<StoredMatch> onMatchChanged = match -> { };
    private Consumer<List<MatchDecision>> onDecisionsChanged = decisions -> { };
    private final MarketService market;
    private final MatchingService matching;
    private final ScreenContext context;
    private Shown shown;
    /** The provider whose match to choose at the next load, when asked from elsewhere (provider detail). */
    private String chooseAtNextShow;

    /** The area and match run the queue shows. */
    private record Shown(Scope scope, MatchRun run) {
    }

    /** A decision of this session with the match as it was before, so it can be undone. */
    private record Decided(MatchDecision decision, StoredMatch before) {
    }

    /** What recording a decision (or its undo) left: the provider's match now and every decision held. */
    private record Recorded(Optional<StoredMatch> match, List<MatchDecision> decisions) {
    }

    /** @param reviewer who the decisions are recorded as made by (the computer's user name) */
    public ReviewViewModel(MarketService market, MatchingService matching, ScreenContext context, Clock clock,
                           String reviewer) {
        this.market = market;
        this.matching = matching;
        this.context = context;
        this.clock = clock;
        this.reviewer = reviewer;
        selected.addListener((obs, old, match) -> loadDetails(match));
    }

    /** Where the other parts of the screen hear of changes: the providers table and the decisions list. */
    void setListeners(Consumer<StoredMatch> matchChanged, Consumer<List<MatchDecision>> decisionsChanged) {
        this.onMatchChanged = matchChanged;
        this.onDecisionsChanged = decisionsChanged;
    }

    /**
     * Shows the matches of a fresh load, keeping the selection where it can. Undo survives reloads of the same run
     * and area; a new run of matching has replaced the rows the undo would restore, and another area's queue would
     * take back a provider it does not list.
     */
    void show(Scope scope, List<StoredMatch> matches, MatchRun run) {
        Shown now = new Shown(scope, run);
        if (shown != null && !shown.equals(now)) {
            undoable.clear();
            canUndo.set(false);
            lastOutcome.set("");
        }
        shown = now;
        StoredMatch previous = selected.get();
        List<StoredMatch> items = ReviewQueue.of(matches);
        String wanted = chooseAtNextShow != null ? chooseAtNextShow : previous == null ? null : previous.providerId();
        chooseAtNextShow = null;
        StoredMatch again = wanted == null ? null : ReviewQueue.find(items, wanted);
        replaceQueue(items, again != null ? again : items.isEmpty() ? null : items.getFirst());
    }

    /** Chooses this provider's match when the queue is next shown (the screen reloads when it is opened). */
    void chooseAtNextShow(String providerId) {
        chooseAtNextShow = providerId;
    }

    /**
     * Replaces the queue and selects {@code next}. The selection is cleared first, so the view hears of the new
     * selection even when it equals the old one (its row was replaced).
     */
    private void replaceQueue(List<StoredMatch> items, StoredMatch next) {
        selected.set(null);
        queue.setAll(items);
        selected.set(next);
    }

    // --- decisions -------------------------------------------------------------------------------------------

    /** The selected match is right (C, Ctrl+Enter). */
    public void confirm() {
        StoredMatch match = selected.get();
        if (match != null && match.isMatched()) {
            decide(match, match.sponsor(), Verdict.CONFIRMED);
        }
    }

    /** The selected match is wrong (R, Delete): the next candidate, if close enough, takes its place. */
    public void reject() {
        StoredMatch match = selected.get();
        if (match != null && match.isMatched()) {
            decide(match, match.sponsor(), Verdict.REJECTED);
        }
    }

    /** A runner-up, numbered from 1, is the right organisation (keys 1 to 3). */
    public void pickRunnerUp(int number) {
        StoredMatch match = selected.get();
        List<StoredMatch.Candidate> runnersUp = match == null ? List.of() : runnersUp(match);
        if (number >= 1 && number <= Math.min(RUNNERS_UP_OFFERED, runnersUp.size())) {
            decide(match, runnersUp.get(number - 1).sponsor(), Verdict.CONFIRMED);
        }
    }

    /** The candidates close enough to offer (at least Low), as matching itself offers them; only these are explained. */
    static List<StoredMatch.Candidate> runnersUp(StoredMatch match) {
        return match.candidates().stream().filter(c -> MatchBand.ofScore(c.score()) != null).toList();
    }

    private void decide(StoredMatch before, StoredMatch.SponsorRef sponsor, Verdict verdict) {
        if (deciding.get()) {
            return;
        }
        ScreenContext ctx = context;
        MatchDecision decision = new MatchDecision(before.providerId(), before.providerName(), sponsor.name(),
                sponsor.town(), verdict, reviewer, clock.instant());
        deciding.set(true);
        ctx.tasks().run(new BackgroundTask<>("Recording " + verdict.label().toLowerCase(Locale.ROOT) + " for "
                        + before.providerName(),
                progress -> new Recorded(matching.decide(decision), matching.decisions())), recorded -> {
                    deciding.set(false);
                    undoable.push(new Decided(decision, before));
                    canUndo.set(true);
                    StoredMatch after = recorded.match().orElse(null);
                    moveOn(before.providerId(), after);
                    lastOutcome.set(outcome(decision, after));
                    onDecisionsChanged.accept(recorded.decisions());
                }, error -> {
                    deciding.set(false);
                    ctx.dialogs().showError("Recording the decision failed", error);
                }, () -> reloadAfterCancel(ctx));
    }

    /**
     * The user cancelled while a decision was being recorded: it may have been recorded all the same, so the screen
     * reads what is held again rather than guess.
     */
    private void reloadAfterCancel(ScreenContext ctx) {
        deciding.set(false);
        lastOutcome.set("Cancelled: the screen shows again what is held.");
        ctx.dataChanged().run();
    }

    /** Takes back the latest decision of this session (Ctrl+Z) and shows the match as it was. */
    public void undo() {
        if (deciding.get() || undoable.isEmpty()) {
            return;
        }
        ScreenContext ctx = context;
        Decided last = undoable.pop();
        canUndo.set(!undoable.isEmpty());
        deciding.set(true);
        ctx.tasks().run(new BackgroundTask<>("Undoing the decision on " + last.before().providerName(), progress -> {
            matching.undo(last.decision(), last.before());
            return new Recorded(Optional.of(last.before()), matching.decisions());
        }), recorded -> {
            deciding.set(false);
            StoredMatch restored = last.before();
            List<StoredMatch> items = ReviewQueue.withChange(queue, restored);
            replaceQueue(items, ReviewQueue.find(items, restored.providerId()));
            onMatchChanged.accept(restored);
            lastOutcome.set("Undone: " + last.decision().verdict().label().toLowerCase(Locale.ROOT) + " '"
                    + last.decision().sponsorName() + "' for " + restored.providerName() + ".");
            onDecisionsChanged.accept(recorded.decisions());
        }, error -> {
            deciding.set(false);
            undoable.push(last);
            canUndo.set(true);
            ctx.dialogs().showError("Undoing the decision failed", error);
        }, () -> reloadAfterCancel(ctx));
    }

    /** Updates the queue and the providers table with the provider's new match, then selects the next to review. */
    private void moveOn(String providerId, StoredMatch after) {
        List<StoredMatch> before = List.copyOf(queue);
        List<StoredMatch> updated = after == null
                ? before.stream().filter(m -> !m.providerId().equals(providerId)).toList()
                : ReviewQueue.withChange(before, after);
        replaceQueue(updated, ReviewQueue.nextAfter(before, updated, providerId));
        if (after != null) {
            onMatchChanged.accept(after);
        }
    }

    /** What the decision did, in a sentence: the provider's band now, or the organisation that took its place. */
    static String outcome(MatchDecision decision, StoredMatch after) {
        String provider = decision.providerName();
        if (decision.verdict() == Verdict.CONFIRMED) {
            return "Confirmed: " + provider + " is '" + decision.sponsorName() + "'" + town(decision.sponsorTown())
                    + ".";
        }
        String rejected = "Rejected '" + decision.sponsorName() + "' for " + provider;
        if (after == null || !after.isMatched()) {
            return rejected + "; it now has no sponsor.";
        }
        return rejected + "; now matched to '" + after.sponsor().name() + "'" + town(after.sponsor().town()) + " ("
                + after.band().label() + ").";
    }

    private static String town(String town) {
        return town == null || town.isBlank() ? "" : " of " + town;
    }

    // --- details of the selected match -----------------------------------------------------------------------

    private void loadDetails(StoredMatch match) {
        details.set(null);
        if (match == null) {
            detailsRequest.supersede();
            return;
        }
        context.tasks().run(new BackgroundTask<>("Reading " + match.providerName(), progress -> new ReviewDetails(
                match.providerId(), market.locationsOf(match.providerId()),
                match.isMatched() ? market.registerEntry(match.sponsor().key()).orElse(null) : null)),
                detailsRequest.accept(details::set));
    }

    // --- state for the view ----------------------------------------------------------------------------------

    public ObservableList<StoredMatch> queue() {
        return queue;
    }

    public ObjectProperty<StoredMatch> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ReviewDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** True while a decision or undo is being recorded: keys and buttons wait, so nothing is decided twice. */
    public ReadOnlyBooleanProperty decidingProperty() {
        return deciding.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastOutcomeProperty() {
        return lastOutcome.getReadOnlyProperty();
    }
}
