package org.irwatch.app.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What a file dialog asks: its title, the kinds of file it offers (the first is chosen at the start) and, when
 * saving, the name it suggests. The folder it opens in is the one a file was last chosen in, in any dialog.
 *
 * @param initialFileName the name suggested when saving; null for none
 */
public record FileDialogConfig(String title, List<FileKind> kinds, String initialFileName) {

    /** Files of one kind, e.g. "CSV files" with extension csv; extensions without the dot, matched in any case. */
    public record FileKind(String description, List<String> extensions) {

        public static final FileKind CSV = of("CSV files", "csv");
        public static final FileKind ALL = of("All files", "*");

        public static FileKind of(String description, String... extensions) {
            return new FileKind(description, List.of(extensions));
        }

        /** True when the file's name ends with one of the extensions, or when this kind is every file. */
        boolean names(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return extensions.stream().anyMatch(e -> e.equals("*") || name.endsWith("." + e.toLowerCase(Locale.ROOT)));
        }
    }

    public FileDialogConfig {
        kinds = List.copyOf(kinds);
    }

    public static FileDialogConfig of(String title, FileKind... kinds) {
        return new FileDialogConfig(title, List.of(kinds), null);
    }

    /** The same dialog suggesting this file name. */
    public FileDialogConfig named(String fileName) {
        return new FileDialogConfig(title, kinds, fileName);
    }
}
