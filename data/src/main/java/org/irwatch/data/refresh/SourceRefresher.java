package org.irwatch.data.refresh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.irwatch.core.common.CancelledException;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.imports.ImportReport;
import org.irwatch.core.imports.ImportService;
import org.irwatch.core.refresh.RefreshService;
import org.irwatch.core.refresh.RefreshSettings;
import org.irwatch.core.snapshot.SnapshotKind;
import org.irwatch.data.imports.FileContent;
import org.irwatch.data.imports.FileKindDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refresh from source over HTTP. Each source's current file is found ({@link SourceLinkFinder}), downloaded
 * ({@link HttpDownloader}) into a work folder under {@code downloads/} in the data folder under the publisher's own
 * name (which carries the data date), checked to be the file expected, imported through the {@link ImportService}
 * like a file the user chose, and deleted.
 *
 * <p>All files are downloaded and checked before the first is imported, so no network failure leaves one source
 * refreshed and the other not. Every failure is a {@link UserFacingException} in plain words; a cancel is a
 * {@link CancelledException}. Either way the downloads are deleted.
 */
public final class SourceRefresher implements RefreshService {

    static final String DOWNLOADS_FOLDER = "downloads";

    private static final Logger LOG = LoggerFactory.getLogger(SourceRefresher.class);
    private static final String WORK_FOLDER_PREFIX = "refresh-";
    /** Work folders left by a refresh that was killed (power cut) are removed once they are this old. */
    private static final Duration STALE_WORK_FOLDER = Duration.ofDays(1);

    private final ImportService imports;
    private final Path downloads;
    private final RefreshSettings settings;
    private final RefreshMessages messages;

    /**
     * @param dataDirectory the data folder; downloads go to its {@code downloads/} subfolder, and are deleted
     */
    public SourceRefresher(ImportService imports, Path dataDirectory, RefreshSettings settings) {
        this.imports = imports;
        this.downloads = dataDirectory.resolve(DOWNLOADS_FOLDER);
        this.settings = settings;
        this.messages = new RefreshMessages(settings);
    }

    public RefreshSettings settings() {
        return settings;
    }

    @Override
    public List<ImportReport> refresh(Set<Source> sources, ProgressListener progress) {
        if (sources.isEmpty()) {
            return List.of();
        }
        progress.checkCancelled();
        Path workFolder = createWorkFolder();
        try (HttpDownloader http = new HttpDownloader(messages)) {
            SourceLinkFinder links = new SourceLinkFinder(settings, messages, http);
            List<Path> files = new ArrayList<>();
            for (Source source : EnumSet.copyOf(sources)) {
                files.add(fetch(links, http, source, workFolder, progress));
            }
            return importAll(files, progress);
        } finally {
            delete(workFolder);
        }
    }

    private List<ImportReport> importAll(List<Path> files, ProgressListener progress) {
        List<ImportReport> reports = new ArrayList<>();
        for (Path file : files) {
            progress.checkCancelled();
            try {
                reports.add(imports.importFile(file, null, progress));
            } catch (UserFacingException e) {
                if (reports.isEmpty()) {
                    throw e;
                }
                throw new UserFacingException(e.getMessage() + " Refreshed before this: "
                        + String.join(" ", reports.stream().map(ImportReport::summary).toList()), e);
            }
        }
        return reports;
    }

    private Path fetch(SourceLinkFinder links, HttpDownloader http, Source source, Path workFolder,
                       ProgressListener progress) {
        progress.checkCancelled();
        SourceLinkFinder.Link link = links.find(source, progress);
        LOG.debug("Refreshing {} from {}", source.label(), link.uri());
        Path file = http.download(link, source, workFolder, progress);
        verify(file, source, link.uri());
        return file;
    }

    // ---- checking what arrived ----

    private void verify(Path file, Source source, URI uri) {
        FileContent content = FileContent.read(file);
        if (looksLikeWebPage(content.bytes())) {
            throw messages.notTheFile(uri, source, "it sent a web page instead (an error, sign-in or \"moved\" page)");
        }
        FileKindDetector.Detected detected;
        try {
            detected = FileKindDetector.detect(content);
        } catch (UserFacingException e) {
            throw messages.notTheFile(uri, source, e.getMessage());
        }
        SnapshotKind expected = source == Source.REGISTER ? SnapshotKind.REGISTER : SnapshotKind.CQC_DIRECTORY;
        if (detected.kind() != expected) {
            throw messages.notTheFile(uri, source, "it sent a " + detected.kind().label() + " instead");
        }
    }

    static boolean looksLikeWebPage(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml")
                && start.contains("<html") || start.startsWith("<head") || start.startsWith("<body");
    }

    // ---- the download folder ----

    private Path createWorkFolder() {
        try {
            Files.createDirectories(downloads);
            removeStaleWorkFolders();
            return Files.createTempDirectory(downloads, WORK_FOLDER_PREFIX);
        } catch (IOException e) {
            throw new UserFacingException("IR Watch cannot create its downloads folder " + downloads + RefreshMessages.detail(e)
                    + ". Check that the data folder can be written. Nothing was changed.", e);
        }
    }

    private void removeStaleWorkFolders() throws IOException {
        FileTime before = FileTime.from(Instant.now().minus(STALE_WORK_FOLDER));
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(downloads, WORK_FOLDER_PREFIX + "*")) {
            for (Path folder : folders) {
                if (Files.isDirectory(folder) && Files.getLastModifiedTime(folder).compareTo(before) < 0) {
                    delete(folder);
                }
            }
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not delete the download folder {}: {}", folder, e.getMessage());
        }
    }
}
