package org.irwatch.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.irwatch.app.common.OpenDataFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Data screen's model without a window: the snapshots held, the demo's removal, a refused file, a failed read. */
class DataViewModelLoadTest {

    private OpenDataFolder demo;
    private final List<ImportBatch> reports = new ArrayList<>();

    @BeforeEach
    void openDemo(@TempDir Path folder) {
        demo = OpenDataFolder.withDemo(folder);
    }

    @AfterEach
    void closeDemo() {
        demo.close();
    }

    private DataViewModel model(OpenDataFolder open) {
        var services = open.services();
        DataViewModel model = new DataViewModel(services.snapshots(), services.demo(), services.imports(),
                services::refresh, services.formats().rejectedLines(), open.context(), services.clock());
        model.setOnReport(reports::add);
        return model;
    }

    @Test
    void loadListsTheSnapshotsHeldAndSaysTheDemoIsLoaded() {
        DataViewModel model = model(demo);

        model.load();

        assertThat(model.snapshots()).isNotEmpty().containsExactlyElementsOf(demo.services().snapshots().list());
        assertThat(model.demoLoadedProperty().get()).isTrue();
        assertThat(model.emptyProperty().get()).isFalse();
    }

    @Test
    void removingTheDemoIsAskedFirst() {
        DataViewModel model = model(demo);
        demo.dialogs().confirming(false);

        model.removeDemo();

        assertThat(demo.services().demo().hasDemoData()).isTrue();
        assertThat(demo.dataChanges()).isZero();
    }

    @Test
    void removingTheDemoEmptiesTheFolderAndReloadsTheWindow() {
        DataViewModel model = model(demo);
        demo.dialogs().confirming(true);

        model.removeDemo();
        model.load();

        assertThat(demo.services().demo().hasDemoData()).isFalse();
        assertThat(demo.dataChanges()).isEqualTo(1);
        assertThat(model.snapshots()).isEmpty();
        assertThat(model.demoLoadedProperty().get()).isFalse();
        assertThat(model.emptyProperty().get()).isTrue();
    }

    @Test
    void aFileThatIsNeitherRegisterNorCqcIsReportedAsNotImported(@TempDir Path files) throws Exception {
        Path notData = Files.writeString(files.resolve("2026-11-02-shopping.csv"), "apples,pears\n1,2\n");
        DataViewModel model = model(demo);
        int held = demo.services().snapshots().list().size();

        model.importFiles(List.of(notData));

        assertThat(reports).singleElement().satisfies(batch -> assertThat(batch.outcomes()).singleElement()
                .isInstanceOfSatisfying(ImportOutcome.Failed.class,
                        failed -> assertThat(failed.fileName()).isEqualTo("2026-11-02-shopping.csv")));
        assertThat(demo.services().snapshots().list()).hasSize(held);
        assertThat(demo.dataChanges()).isEqualTo(1);
    }

    @Test
    void aFailedReadIsReportedAndListsNothing(@TempDir Path closedFolder) {
        OpenDataFolder closed = OpenDataFolder.closed(closedFolder);
        DataViewModel model = model(closed);

        model.load();

        assertThat(closed.tasks().failed()).singleElement().asString().startsWith("Reading snapshots failed");
        assertThat(model.snapshots()).isEmpty();
    }
}
