package org.irwatch.data.refresh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.irwatch.core.common.CancelledException;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.imports.ImportReport;
import org.irwatch.core.refresh.RefreshService.Source;
import org.irwatch.core.refresh.RefreshSettings;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotKind;
import org.irwatch.data.SharedData;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.imports.FileImporter;
import org.irwatch.data.snapshot.JooqSnapshotRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refresh from source against a web server on 127.0.0.1 that answers like GOV.UK's Content API and CQC's data
 * page, with the real 2026 register head as the register CSV.
 */
class SourceRefresherTest {

    static final String REGISTER_CSV_PATH =
            "/media/685d0f1a2b3c4d5e6f708192/2026-06-26_-_Worker_and_Temporary_Worker.csv";
    static final String CQC_CSV_PATH = "/sites/default/files/2026-09/16_September_2026_CQC_directory.csv";
    private static final String REAL_ASSETS_HOST = "https://assets.publishing.service.gov.uk";

    @TempDir
    Path dataFolder;

    private final LoopbackServer server = new LoopbackServer();
    private final Database database = Database.inMemory();
    private final JooqSnapshotRepository snapshots = new JooqSnapshotRepository(database.dsl());
    private final FileImporter importer = new FileImporter(database.dsl(),
            new JooqCouncilRepository(database.dsl()).loadDirectory(), Clock.systemUTC());

    @AfterEach
    void close() {
        server.close();
        database.close();
    }

    @Test
    void refreshImportsTheCurrentRegisterAndCqcDirectoryWithTheirDataDates() {
        serveRegister();
        serveCqc();
        RecordingProgress progress = new RecordingProgress();

        List<ImportReport> reports = refresher().refresh(EnumSet.allOf(Source.class), progress);

        assertThat(reports).extracting(ImportReport::kind, ImportReport::outcome, ImportReport::fileName,
                        ImportReport::dataDate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SnapshotKind.REGISTER, ImportReport.Outcome.IMPORTED,
                                "2026-06-26_-_Worker_and_Temporary_Worker.csv", LocalDate.of(2026, 6, 26)),
                        org.assertj.core.groups.Tuple.tuple(SnapshotKind.CQC_DIRECTORY, ImportReport.Outcome.IMPORTED,
                                "16_September_2026_CQC_directory.csv", LocalDate.of(2026, 9, 16)));
        assertThat(reports.get(0).rowsRead()).isEqualTo(177);
        assertThat(reports.get(1).locations()).isEqualTo(4);
        assertThat(reports.get(1).warnings()).as("every council in the file is known").isEmpty();
        assertThat(snapshots.list()).extracting(Snapshot::kind, Snapshot::dataDate, Snapshot::sourceName)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(SnapshotKind.REGISTER, LocalDate.of(2026, 6, 26),
                                "2026-06-26_-_Worker_and_Temporary_Worker.csv"),
                        org.assertj.core.groups.Tuple.tuple(SnapshotKind.CQC_DIRECTORY, LocalDate.of(2026, 9, 16),
                                "16_September_2026_CQC_directory.csv"));
        assertThat(server.requests()).extracting(LoopbackServer.Request::path).containsExactly(
                SourceLinkFinder.REGISTER_API_PATH, REGISTER_CSV_PATH, SourceLinkFinder.CQC_PAGE_PATH, CQC_CSV_PATH);
        assertThat(server.requests()).allSatisfy(request -> assertThat(request.userAgent()).contains("IR Watch"));
        assertThat(progress.downloads()).contains(
                "Downloading 2026-06-26_-_Worker_and_Temporary_Worker.csv from " + host() + ": 13052 of 13052");
        assertThat(downloadsLeft()).isEmpty();
    }

    @Test
    void refreshingAgainReportsAlreadyImportedAndAddsNothing() {
        serveRegister();
        serveCqc();
        refresher().refresh(EnumSet.allOf(Source.class), ProgressListener.NONE);
        List<Snapshot> before = snapshots.list();

        List<ImportReport> again = refresher().refresh(EnumSet.allOf(Source.class), ProgressListener.NONE);

        assertThat(again).extracting(ImportReport::outcome).containsOnly(ImportReport.Outcome.ALREADY_IMPORTED);
        assertThat(again.getFirst().summary()).contains("already imported").contains("nothing changed");
        assertThat(snapshots.list()).isEqualTo(before);
        assertThat(downloadsLeft()).isEmpty();
    }

    @Test
    void onlyTheChosenSourceIsFetched() {
        serveCqc();

        List<ImportReport> reports = refresher().refresh(Set.of(Source.CQC_DIRECTORY), ProgressListener.NONE);

        assertThat(reports).extracting(ImportReport::kind).containsExactly(SnapshotKind.CQC_DIRECTORY);
        assertThat(server.requests()).extracting(LoopbackServer.Request::path)
                .containsExactly(SourceLinkFinder.CQC_PAGE_PATH, CQC_CSV_PATH);
    }

    @Test
    void registerCsvAnswering404FailsNamingTheAddressAndImportsNeitherSource() {
        serveRegister();
        serveCqc();
        server.answer(REGISTER_CSV_PATH, LoopbackServer.Answer.status(404));

        assertThatThrownBy(() -> refresher().refresh(EnumSet.allOf(Source.class), ProgressListener.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith(server.base() + REGISTER_CSV_PATH + " answered HTTP 404 (not found)")
                .hasMessageContaining("Nothing was changed.")
                .hasMessageContaining(server.base() + SourceLinkFinder.REGISTER_PAGE_PATH);
        assertThat(snapshots.list()).isEmpty();
        assertThat(downloadsLeft()).isEmpty();
    }

    @Test
    void contentApiAnswering500SaysWhichAddressAnsweredWhat() {
        server.answer(SourceLinkFinder.REGISTER_API_PATH, LoopbackServer.Answer.status(500));

        assertThatThrownBy(() -> refresher().refresh(Set.of(Source.REGISTER), ProgressListener.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith(server.base() + SourceLinkFinder.REGISTER_API_PATH
                        + " answered HTTP 500 (server error) when IR Watch asked for the register's publication "
                        + "details. Nothing was changed.");
        assertThat(snapshots.list()).isEmpty();
    }

    @Test
    void publicationWithoutCsvAttachmentSaysThePageHasChanged() {
        var json = JsonMapper.shared().readTree(contentApiJson());
        var attachments = (tools.jackson.databind.node.ArrayNode) json.path("details").path("attachments");
        attachments.remove(2);
        server.answer(SourceLinkFinder.REGISTER_API_PATH, LoopbackServer.Answer.ok("application/json",
                JsonMapper.shared().writeValueAsString(json)));

        assertThatThrownBy(() -> refresher().refresh(Set.of(Source.REGISTER), ProgressListener.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("lists no CSV file")
                .hasMessageContaining("GOV.UK may have changed how the publication is laid out")
                .hasMessageContaining("Nothing was changed.");
        assertThat(snapshots.list()).isEmpty();
    }

    @Test
    void contentApiAnsweringSomethingOtherThanJsonSaysSo() {
        server.answer(SourceLinkFinder.REGISTER_API_PATH, LoopbackServer.Answer.ok("text/html",
                "<!DOCTYPE html><html><body>Maintenance</body></html>"));

        assertThatThrownBy(() -> refresher().refresh(Set.of(Source.REGISTER), ProgressListener.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("its answer is not JSON")
                .hasMessageContaining("Nothing was changed.");
    }

    @Test
    void cqcPageWithoutDirectoryLinkSaysThePageHasChanged() {
        server.answer(SourceLinkFinder.CQC_PAGE_PATH, LoopbackServer.Answer.ok("text/html; charset=utf-8",
                resourceText("using-cqc-data.html").replace("16_September_2026_CQC_directory.csv", "directory.csv")));

        assertThatThrownBy(() -> refresher().refresh(Set.of(Source.CQC_DIRECTORY), ProgressListener.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("has no link to a CQC directory file")
                .hasMessageContaining("CQC may have changed how the page is laid out");
    }

    @Test
    void webPageServedWhereTheCsvShouldBeIsRefusedAndNothingIsImported() {
        serveRegister();
        server.answer(REGISTER_CSV_PATH, LoopbackServer.Answer.ok("text/html; charset=utf-8",
                "<!DOCTYPE html>\n<html><head><title>Page moved</title></head><body>This page has moved.</body></html>"));

        assertThatThrownBy(() -> refresher().refresh(Set.of(Source.REGISTER), ProgressListener.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessage(server.base() + REGISTER_CSV_PATH + " did not send the Home Office sponsor register: it "
                        + "sent a web page instead (an error, sign-in or \"moved\" page). Nothing was changed. Download "
                        + "the CSV from " + server.base() + SourceLinkFinder.REGISTER_PAGE_PATH + " and import it "
                        + "instead.");
        assertThat(snapshots.list()).isEmpty();
        assertThat(downloadsLeft()).isEmpty();
    }

    @Test
    void fileOfTheWrongKindIsRefused() {
        serveRegister();
        server.answer(REGISTER_CSV_PATH, LoopbackServer.Answer.ok("text/csv", resource(
                "16_September_2026_CQC_directory.csv")));

        assertThatThrownBy(() -> refresher().refresh(Set.of(Source.REGISTER), ProgressListener.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("did not send the Home Office sponsor register: it sent a CQC directory instead");
        assertThat(snapshots.list()).isEmpty();
    }

    @Test
    void emptyFileIsRefused() {
        serveCqc();
        server.answer(CQC_CSV_PATH, LoopbackServer.Answer.ok("text/csv", new byte[0]));

        assertThatThrownBy(() -> refresher().refresh(Set.of(Source.CQC_DIRECTORY), ProgressListener.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("sent an empty file where the CQC directory should be");
        assertThat(snapshots.list()).isEmpty();
    }

    @Test
    void unreachableAddressSaysSoAndChangesNothing() {
        URI closed = LoopbackServer.closedPort();
        RefreshSettings settings = new RefreshSettings(closed, closed);

        assertThatThrownBy(() -> new SourceRefresher(importer, dataFolder, settings)
                .refresh(EnumSet.allOf(Source.class), ProgressListener.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("IR Watch could not reach 127.0.0.1:" + closed.getPort() + " (no network?). Nothing was "
                        + "changed. You can import a downloaded file instead.");
        assertThat(snapshots.list()).isEmpty();
        assertThat(downloadsLeft()).isEmpty();
    }

    @Test
    void cancellingMidDownloadLeavesNothing() {
        serveRegister();
        byte[] csv = registerHead();
        byte[] large = new byte[1024 * 1024];
        for (int at = 0; at < large.length; at += csv.length) {
            System.arraycopy(csv, 0, large, at, Math.min(csv.length, large.length - at));
        }
        server.answer(REGISTER_CSV_PATH, new LoopbackServer.Answer(200, "text/csv", large, 64 * 1024));
        RecordingProgress progress = new RecordingProgress() {
            @Override
            public boolean isCancelled() {
                return downloads().stream().anyMatch(line -> !line.contains(": 0 of"));
            }
        };

        assertThatThrownBy(() -> refresher().refresh(EnumSet.allOf(Source.class), progress))
                .isInstanceOf(CancelledException.class);
        assertThat(progress.downloads()).anyMatch(line -> line.matches(".*: [1-9]\\d* of 1048576"));
        assertThat(progress.downloads().getLast()).doesNotContain("1048576 of 1048576");
        assertThat(snapshots.list()).isEmpty();
        assertThat(downloadsLeft()).isEmpty();
    }

    // ---- helpers ----

    private SourceRefresher refresher() {
        return new SourceRefresher(importer, dataFolder, new RefreshSettings(server.base(), server.base()));
    }

    private void serveRegister() {
        server.answer(SourceLinkFinder.REGISTER_API_PATH, LoopbackServer.Answer.ok("application/json; charset=utf-8",
                contentApiJson()));
        server.answer(REGISTER_CSV_PATH, LoopbackServer.Answer.ok("text/csv", registerHead()));
    }

    private void serveCqc() {
        server.answer(SourceLinkFinder.CQC_PAGE_PATH, LoopbackServer.Answer.ok("text/html; charset=utf-8",
                resourceText("using-cqc-data.html")));
        server.answer(CQC_CSV_PATH, LoopbackServer.Answer.ok("text/csv", resource(
                "16_September_2026_CQC_directory.csv")));
    }

    /** The real shape, its asset addresses pointing at the loopback server instead of GOV.UK's asset host. */
    private String contentApiJson() {
        return resourceText("register-of-licensed-sponsors-workers.json").replace(REAL_ASSETS_HOST,
                server.base().toString());
    }

    /** The real register head (177 rows); the test is skipped when ../shared/data is absent. */
    private static byte[] registerHead() {
        try {
            return Files.readAllBytes(SharedData.file("uk-sponsor-register-2026-head/2026-06-26-head.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String host() {
        return "127.0.0.1:" + server.base().getPort();
    }

    private List<Path> downloadsLeft() {
        Path downloads = dataFolder.resolve(SourceRefresher.DOWNLOADS_FOLDER);
        if (!Files.exists(downloads)) {
            return List.of();
        }
        try (Stream<Path> left = Files.list(downloads)) {
            return left.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = SourceRefresherTest.class.getResourceAsStream(name)) {
            assertThat(in).as("test resource " + name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resourceText(String name) {
        return new String(resource(name), StandardCharsets.UTF_8);
    }

    /** Keeps the download progress lines: "message: done of total". */
    static class RecordingProgress implements ProgressListener {

        private final List<String> downloads = new CopyOnWriteArrayList<>();

        @Override
        public void progress(String message, long done, long total) {
            if (message.startsWith("Downloading")) {
                downloads.add(message + ": " + done + " of " + total);
            }
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        List<String> downloads() {
            return downloads;
        }
    }
}
