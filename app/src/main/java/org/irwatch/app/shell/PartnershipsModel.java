package org.irwatch.app.shell;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.TaskExecutor;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Partnership;
import org.irwatch.core.council.Partnerships;

/**
 * What the partnerships dialog shows and does: the partnerships kept, saved and removed off the JavaFX thread, and a
 * sentence on what to put right when a save is refused.
 */
public final class PartnershipsModel {

    private final Partnerships partnerships;
    private final CouncilDirectory councils;
    private final TaskExecutor tasks;
    private final ObservableList<Partnership> all = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public PartnershipsModel(Partnerships partnerships, CouncilDirectory councils, TaskExecutor tasks) {
        this.partnerships = partnerships;
        this.councils = councils;
        this.tasks = tasks;
    }

    public ObservableList<Partnership> partnerships() {
        return all;
    }

    public List<Council> councils() {
        return councils.councils();
    }

    /** Why the last save was refused, in a sentence; empty when it was not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void load() {
        tasks.run(new BackgroundTask<>("Reading partnerships", progress -> partnerships.all()), all::setAll);
    }

    /**
     * Saves a partnership of the councils ticked, new ({@code replacing} null) or in place of one; on success the
     * list is read again and {@code saved} runs with what was stored.
     */
    public void save(Partnership replacing, String name, Set<String> gssCodes, Consumer<Partnership> saved) {
        List<Council> chosen = councils.councils().stream().filter(c -> gssCodes.contains(c.gssCode())).toList();
        String replacedName = replacing == null ? null : replacing.name();
        tasks.run(new BackgroundTask<>("Saving partnership", progress -> {
            Partnership stored = partnerships.save(replacedName, name, chosen);
            return new Saved(stored, partnerships.all());
        }), done -> {
            problem.set("");
            all.setAll(done.all());
            tasks.announce("Saved the partnership " + done.stored().name() + ": " + done.stored().councilNames());
            saved.accept(done.stored());
        }, this::refused);
    }

    public void remove(Partnership partnership, Runnable removed) {
        tasks.run(new BackgroundTask<>("Removing partnership", progress -> {
            partnerships.remove(partnership.name());
            return partnerships.all();
        }), left -> {
            problem.set("");
            all.setAll(left);
            tasks.announce("Removed the partnership " + partnership.name());
            removed.run();
        }, this::refused);
    }

    /** The partnership now kept under that name, after an edit. */
    public Optional<Partnership> named(String name) {
        return all.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private void refused(Throwable error) {
        if (error instanceof UserFacingException) {
            problem.set(error.getMessage());
        } else {
            tasks.reportFailure("Saving partnership", error);
        }
    }

    private record Saved(Partnership stored, List<Partnership> all) {
    }
}
