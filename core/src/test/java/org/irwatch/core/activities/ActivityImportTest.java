package org.irwatch.core.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.CouncilType;
import org.irwatch.core.council.Region;
import org.irwatch.core.imports.table.ColumnMapping;
import org.irwatch.core.imports.table.RowsRejectedException;
import org.irwatch.core.imports.table.SheetTable;
import org.junit.jupiter.api.Test;

class ActivityImportTest {

    private static final Region WEST_MIDLANDS = new Region("E12000005", "West Midlands", "West Midlands");
    private static final Council COVENTRY = new Council("E08000026", "Coventry", "Coventry City Council",
            CouncilType.METROPOLITAN_DISTRICT, WEST_MIDLANDS, List.of());
    private static final Council WARWICKSHIRE = new Council("E10000031", "Warwickshire",
            "Warwickshire County Council", CouncilType.COUNTY, WEST_MIDLANDS, List.of());
    private static final List<String> HEADER = List.of("Date", "Council(s)", "Kind", "Providers reached",
            "People reached", "Amount (£)", "Notes");

    private final List<Activity> stored = new ArrayList<>();
    private final ActivityImport importer = new ActivityImport(new ActivityRepository() {
        @Override
        public List<Activity> all() {
            return stored;
        }

        @Override
        public void addAll(List<Activity> activities) {
            stored.addAll(activities);
        }

        @Override
        public void update(Activity activity) {
            stored.replaceAll(a -> a.id().equals(activity.id()) ? activity : a);
        }

        @Override
        public void delete(long id) {
            stored.removeIf(a -> a.id() == id);
        }
    }, new CouncilDirectory(List.of(COVENTRY, WARWICKSHIRE)));

    @SafeVarargs
    private static SheetTable sheet(List<String>... rows) {
        List<SheetTable.Row> lines = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            lines.add(new SheetTable.Row(i + 2, rows[i]));
        }
        return new SheetTable("log.xlsx", HEADER, lines);
    }

    @Test
    void theColumnsAreGuessedFromTheirHeadersAndEveryRowIsStored() {
        SheetTable log = sheet(List.of("04/11/2021", "Coventry", "Webinar", "12", "30", "", "Sponsorship duties"),
                List.of("1 December 2021", "Coventry; Warwickshire", "job fair", "8", "1,200", "£1,250.50", ""));

        List<Activity> imported = importer.run(log, ColumnMapping.guess(ActivityField.CATALOGUE, HEADER));

        assertThat(imported).hasSize(2);
        assertThat(stored).extracting(Activity::kind).containsExactly(ActivityKind.WEBINAR, ActivityKind.JOB_FAIR);
        Activity fair = stored.get(1);
        assertThat(fair.date()).isEqualTo(LocalDate.of(2021, 12, 1));
        assertThat(fair.councilGssCodes()).isEqualTo(Set.of(COVENTRY.gssCode(), WARWICKSHIRE.gssCode()));
        assertThat(fair.peopleReached()).isEqualTo(1200);
        assertThat(fair.amount()).isEqualByComparingTo(new BigDecimal("1250.50"));
        assertThat(stored.getFirst().amount()).isNull();
    }

    @Test
    void aBadCellRefusesTheWholeFileNamingItsRowAndColumn() {
        SheetTable log = sheet(List.of("04/11/2021", "Coventry", "Webinar", "12", "30", "", ""),
                List.of("31/02/2021", "Atlantis", "Séance", "many", "", "lots", ""));

        assertThatThrownBy(() -> importer.run(log, ColumnMapping.guess(ActivityField.CATALOGUE, HEADER)))
                .isInstanceOf(RowsRejectedException.class)
                .satisfies(e -> assertThat(((RowsRejectedException) e).problems()).extracting(p -> p.column())
                        .containsExactly("Date", "Council(s)", "Kind", "Providers reached", "Amount (£)"))
                .hasMessageContaining("No council is called \"Atlantis\"");
        assertThat(stored).as("all or nothing").isEmpty();
    }
}
