package org.irwatch.app.common;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.irwatch.core.common.UserFacingException;

/** Writes a CSV the user asked for to a file, UTF-8, with one message for a file that cannot be written. */
public final class CsvFile {

    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Appendable out) throws IOException;
    }

    private CsvFile() {
    }

    public static void write(Path file, Content content) {
        writeFor(file, file, content);
    }

    /** Writes what is meant for {@code file} to {@code written} (beside it, to be moved in place); errors name the file. */
    public static void writeFor(Path file, Path written, Content content) {
        try (Writer writer = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
            content.writeTo(writer);
        } catch (IOException e) {
            // The reason in the file's own name: the one written beside it is no business of the user's.
            String reason = String.valueOf(e.getMessage()).replace(written.toString(), file.toString());
            throw new UserFacingException("IR Watch could not write " + file + " (" + reason
                    + "). Check the folder exists and can be written, and that the file is not open elsewhere.", e);
        }
    }

    /** Puts a file written beside {@code file} in its place, replacing what was there. */
    public static void moveInPlace(Path written, Path file) {
        try {
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UserFacingException("IR Watch could not write " + file + " (" + e.getMessage()
                    + "). Check the folder can be written, and that the file is not open elsewhere.", e);
        }
    }

    /** Removes a file left half-way (nothing when it is gone already). */
    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left behind; it is named .part
        }
    }

    /** To {@code file}, or to the terminal when there is none (the command line's {@code --out}). */
    public static void writeToFileOr(Path file, Appendable terminal, Content content) {
        if (file != null) {
            write(file, content);
            return;
        }
        try {
            content.writeTo(terminal);
        } catch (IOException e) {
            throw new UserFacingException("IR Watch could not write to the terminal: " + e.getMessage(), e);
        }
    }

    /** As {@link #write}, off the JavaFX thread, then {@code announcement} in the status bar. */
    public static void writeInBackground(TaskExecutor tasks, String title, Path file, Content content,
                                         String announcement) {
        tasks.run(new BackgroundTask<Void>(title, progress -> {
            write(file, content);
            return null;
        }), done -> tasks.announce(announcement));
    }
}
