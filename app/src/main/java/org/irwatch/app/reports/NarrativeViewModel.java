package org.irwatch.app.reports;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.TaskExecutor;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.council.Scope;
import org.irwatch.core.quarterly.Narrative;
import org.irwatch.core.quarterly.NarrativeSection;
import org.irwatch.core.quarterly.NarrativeService;

/**
 * The narrative editor's state: the area and quarter open, the four sections' text as typed, whether it differs from
 * what is saved, the first section over the length limit, and who saved it last. Reads and saves in the background.
 */
public final class NarrativeViewModel {

    private final NarrativeService narratives;
    private final TaskExecutor tasks;
    private final ZoneId zone;
    private final Map<NarrativeSection, StringProperty> texts = new EnumMap<>(NarrativeSection.class);
    private final ReadOnlyObjectWrapper<Narrative> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper edited = new ReadOnlyStringWrapper("");
    private final BooleanBinding dirty;
    private final StringBinding problem;
    private Scope area;

    public NarrativeViewModel(NarrativeService narratives, TaskExecutor tasks, ZoneId zone) {
        this.narratives = narratives;
        this.tasks = tasks;
        this.zone = zone;
        for (NarrativeSection section : NarrativeSection.values()) {
            texts.put(section, new SimpleStringProperty(""));
        }
        ObservableValue<?>[] typed = texts.values().toArray(ObservableValue<?>[]::new);
        ObservableValue<?>[] all = Arrays.copyOf(typed, typed.length + 1);
        all[typed.length] = saved;
        dirty = Bindings.createBooleanBinding(() -> saved.get() != null && texts.entrySet().stream()
                .anyMatch(e -> !e.getValue().get().strip().equals(saved.get().text(e.getKey()))), all);
        problem = Bindings.createStringBinding(() -> texts.entrySet().stream()
                .map(e -> Narrative.tooLong(e.getKey(), e.getValue().get())).filter(Objects::nonNull)
                .findFirst().orElse(""), typed);
        saved.addListener((obs, old, now) -> edited.set(describe(now)));
    }

    /** Reads the area's narrative for the quarter into the four sections, dropping what was typed. */
    public void open(Scope area, FinancialQuarter quarter) {
        this.area = area;
        loading.set(true);
        tasks.run(new BackgroundTask<>("Reading the narrative for " + area.label() + ", " + quarter.label(),
                progress -> narratives.of(area, quarter)), this::show, error -> {
                    loading.set(false);
                    tasks.reportFailure("Reading the narrative", error);
                });
    }

    /**
     * Saves the four sections for the area and quarter open; {@code done} runs once they are saved. A section over
     * the limit saves nothing: {@link #problemProperty} says which.
     */
    public void save(Runnable done) {
        Narrative open = saved.get();
        if (open == null || !problem.get().isEmpty()) {
            return;
        }
        Map<NarrativeSection, String> typed = new EnumMap<>(NarrativeSection.class);
        texts.forEach((section, text) -> typed.put(section, text.get()));
        tasks.run(new BackgroundTask<>("Saving the narrative for " + area.label() + ", " + open.quarter().label(),
                progress -> narratives.save(area, open.quarter(), typed)), now -> {
                    show(now);
                    tasks.announce("Narrative saved for " + area.label() + ", " + now.quarter().label());
                    done.run();
                });
    }

    private void show(Narrative narrative) {
        saved.set(narrative);
        texts.forEach((section, text) -> text.set(narrative.text(section)));
        loading.set(false);
    }

    private String describe(Narrative narrative) {
        if (narrative == null) {
            return "";
        }
        if (narrative.editedAt() == null) {
            return "No narrative recorded yet for " + area.label() + " in " + narrative.quarter().label() + ".";
        }
        return "Last saved by " + narrative.editedBy() + " on "
                + UkDates.longDay(narrative.editedAt().atZone(zone).toLocalDate()) + ".";
    }

    /** How much of the limit a section's text uses: "1,234 of 10,000 characters". */
    public StringBinding counter(NarrativeSection section) {
        StringProperty text = texts.get(section);
        return Bindings.createStringBinding(() -> String.format("%,d of %,d characters", text.get().strip().length(),
                Narrative.MAX_CHARS), text);
    }

    public StringProperty text(NarrativeSection section) {
        return texts.get(section);
    }

    /** The text typed differs from the text saved. */
    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    /** The first section over the limit, in a sentence saying by how much; empty when all fit. */
    public StringBinding problemProperty() {
        return problem;
    }

    /** "Last saved by ann on 6 December 2026.", or that none is recorded yet. */
    public ReadOnlyStringProperty editedProperty() {
        return edited.getReadOnlyProperty();
    }

    /** The narrative as last read or saved; null until the first is read. */
    public ReadOnlyObjectProperty<Narrative> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
