package org.irwatch.data.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.irwatch.core.common.UserFacingException;

/** Writes a workbook into a temporary file beside the one asked for first, so a failure leaves no half file. */
final class WorkbookFile {

    interface Content {
        void write(OutputStream out) throws IOException;
    }

    private WorkbookFile() {
    }

    static void write(Path file, Content content) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserFacingException("IR Watch could not write " + file + ": the folder " + folder
                    + " does not exist. Choose a folder that does.");
        }
        if (Files.isDirectory(file)) {
            throw new UserFacingException("IR Watch could not write " + file + ": that is a folder. Give a file name "
                    + "ending in .xlsx.");
        }
        Path temporary = null;
        try {
            // Created like any new file (not as a private temporary file), so the workbook gets the folder's usual
            // permissions when it takes the final name.
            temporary = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8)
                    + ".part");
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.write(out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UserFacingException("IR Watch could not write " + file + " (" + e.getMessage()
                    + "). Check the folder exists and can be written, and that the file is not open in Excel.", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // A leftover hidden .part file is harmless.
                }
            }
        }
    }
}
