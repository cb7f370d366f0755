package org.irwatch.app.common;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Dialogs for tests: records what the user would have been shown, and answers a confirmation or a file question only
 * when the test said how; any other question fails the test.
 */
public final class ScriptedDialogs implements DialogService {

    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> information = new CopyOnWriteArrayList<>();
    private final List<Path> offeredToOpen = new CopyOnWriteArrayList<>();
    private Boolean confirmation;
    private Function<FileDialogConfig, Optional<Path>> files;

    /** The answer to every confirmation from now on. */
    public ScriptedDialogs confirming(boolean answer) {
        this.confirmation = answer;
        return this;
    }

    /** Answers every file question from now on. */
    public ScriptedDialogs answeringFiles(Function<FileDialogConfig, Optional<Path>> answer) {
        this.files = answer;
        return this;
    }

    @Override
    public void showError(String title, Throwable error) {
        errors.add(title + ": " + error.getMessage());
    }

    @Override
    public void showInformation(String title, String message) {
        information.add(title + ": " + message);
    }

    @Override
    public void offerToOpen(String title, String message, Path file) {
        information.add(title + ": " + message);
        offeredToOpen.add(file);
    }

    @Override
    public boolean confirm(String title, String message, String actionLabel) {
        if (confirmation == null) {
            throw new AssertionError("unexpected confirmation: " + title);
        }
        return confirmation;
    }

    @Override
    public Optional<LocalDate> askDate(String title, String message, LocalDate suggested, String actionLabel,
                                       String skipLabel) {
        throw new AssertionError("unexpected date question: " + title);
    }

    @Override
    public Optional<Path> showOpen(FileDialogConfig config) {
        return fileAnswer(config);
    }

    @Override
    public List<Path> showOpenMultiple(FileDialogConfig config) {
        return fileAnswer(config).stream().toList();
    }

    @Override
    public Optional<Path> showSave(FileDialogConfig config) {
        return fileAnswer(config);
    }

    private Optional<Path> fileAnswer(FileDialogConfig config) {
        if (files == null) {
            throw new AssertionError("unexpected file dialog: " + config.title());
        }
        return files.apply(config);
    }

    /** "title: message" of each error shown. */
    public List<String> errors() {
        return errors;
    }

    public List<String> information() {
        return information;
    }

    /** The files the user was offered to open, in order. */
    public List<Path> offeredToOpen() {
        return offeredToOpen;
    }
}
