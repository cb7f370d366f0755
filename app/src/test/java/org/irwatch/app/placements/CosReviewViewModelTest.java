package org.irwatch.app.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.irwatch.app.common.OpenDataFolder;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.imports.table.ColumnMapping;
import org.irwatch.core.imports.table.SheetTable;
import org.irwatch.core.placements.CosField;
import org.irwatch.core.placements.CosRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Certificates rows waiting for review, on the demo, without the toolkit. */
class CosReviewViewModelTest {

    @TempDir
    Path folder;

    private OpenDataFolder data;
    private CosReviewViewModel model;

    @BeforeEach
    void importARowOfASponsorNotOnTheRegister() {
        data = OpenDataFolder.withDemo(folder);
        SheetTable sheet = new SheetTable("cos.csv", List.of("Organisation Name", "Period From", "Period To",
                "CoS Allocated", "CoS Used"), List.of(new SheetTable.Row(2, List.of("Zyxwv Qwerty Holdings",
                "01/07/2026", "30/09/2026", "5", "1"))));
        data.services().cosImport().run(sheet, ColumnMapping.guess(CosField.CATALOGUE, sheet.header()),
                ProgressListener.NONE);
        model = new CosReviewViewModel(data.services().certificates(), data.context());
        model.load();
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void aRowWithoutACandidateCanOnlyBeRejectedAndThenWaitsNoMore() {
        CosRow row = model.waiting().getFirst();
        assertThat(CosReviewViewModel.candidateOf(row)).isEqualTo("No sponsor of a like name on the register");

        model.confirm(row);
        assertThat(model.waiting()).containsExactly(row);
        assertThat(data.dataChanges()).isZero();

        model.reject(row);
        assertThat(model.waiting()).isEmpty();
        assertThat(data.dataChanges()).isEqualTo(1);
    }
}
