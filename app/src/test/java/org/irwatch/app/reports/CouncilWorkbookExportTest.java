package org.irwatch.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.irwatch.app.common.OpenDataFolder;
import org.irwatch.app.common.SharedDemoFolder;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.council.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Writing the council workbook without a window: the status line says where it went, and the file is offered. */
class CouncilWorkbookExportTest {

    @RegisterExtension
    static final SharedDemoFolder DEMO = new SharedDemoFolder();
    private final OpenDataFolder demo = DEMO.get();

    @Test
    void aWrittenWorkbookIsOfferedToOpenWithoutWaitingForTheUser(@TempDir Path folder) {
        AppServices services = demo.services();
        CouncilWorkbookExport export = new CouncilWorkbookExport(services.market(), services::councilReport,
                services.formats().councilWorkbook(), demo.tasks(), demo.dialogs(), Clock.systemDefaultZone());
        Path file = folder.resolve("England.xlsx");

        export.write(Scope.england(), services.market().defaultPeriod(LocalDate.now()), file);

        assertThat(file).exists();
        assertThat(demo.dialogs().offeredToOpen()).containsExactly(file);
        assertThat(demo.dialogs().information()).singleElement().asString()
                .startsWith("Council workbook written: Council workbook for England (").endsWith("written to " + file);
        assertThat(demo.tasks().failed()).isEmpty();
    }
}
