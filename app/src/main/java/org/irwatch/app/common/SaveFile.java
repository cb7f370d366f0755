package org.irwatch.app.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks where to save a file of one kind, suggesting a name and the folder used last; the extension is added when
 * the user typed a name without it. Tests replace the asker: a native file chooser cannot run headless.
 */
public final class SaveFile {

    /** Asks where to save, given the suggested file name; empty when the user cancelled. */
    @FunctionalInterface
    public interface Asker {
        Optional<Path> ask(Window owner, String suggestedName);
    }

    private final String title;
    private final String description;
    private final String extension;
    private File lastFolder;

    /** @param extension without the dot, e.g. "xlsx" */
    public SaveFile(String title, String description, String extension) {
        this.title = title;
        this.description = description;
        this.extension = extension;
    }

    public Optional<Path> ask(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        String name = file.getName();
        return Optional.of(name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? file.toPath()
                : file.toPath().resolveSibling(name + "." + extension));
    }
}
