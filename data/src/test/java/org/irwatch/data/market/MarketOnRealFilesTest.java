package org.irwatch.data.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.CqcColumn;
import org.irwatch.core.market.MarketFigure;
import org.irwatch.core.market.MarketProvider;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.market.ScopedMarket;
import org.irwatch.core.matching.MatchingService;
import org.irwatch.core.register.OrganisationKey;
import org.irwatch.data.SharedData;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.imports.FileImporter;
import org.irwatch.data.matching.JooqMatchInputs;
import org.irwatch.data.matching.JooqMatchRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The market views over real files: two registers of autumn 2021 and the CQC care homes export of May 2024, matched
 * as the window does. Figures are checked against counts this test makes from the same CSV files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketOnRealFilesTest {

    private static final String EARLIER = "uk-sponsor-register-csv-tbij/2021-09-30_-_Worker_and_Temporary_Worker.csv";
    private static final String LATER = "uk-sponsor-register-csv-tbij/2021-11-02_-_Worker_and_Temporary_Worker.csv";
    private static final String CARE_HOMES = "cqc-search-export-care-homes-archived-tbij/downloaded-2024-05-31/care-homes-archived.csv";

    private final Database database = Database.inMemory();
    private final CouncilDirectory councils = new JooqCouncilRepository(database.dsl()).loadDirectory();
    private final JooqMatchRepository matches = new JooqMatchRepository(database.dsl());
    private final MarketService market = new MarketService(councils, new JooqMarketRepository(database.dsl()),
            JooqMarketRows.assemblerOver(database.dsl()));

    @BeforeAll
    void importAndMatch() {
        FileImporter importer = new FileImporter(database.dsl(), councils, Clock.systemUTC());
        importer.importFile(SharedData.file(EARLIER), null, ProgressListener.NONE);
        importer.importFile(SharedData.file(LATER), null, ProgressListener.NONE);
        importer.importFile(SharedData.file(CARE_HOMES), LocalDate.of(2024, 5, 31), ProgressListener.NONE);
        new MatchingService(new JooqMatchInputs(database.dsl()), matches, Clock.systemUTC())
                .matchLatest(ProgressListener.NONE);
    }

    @AfterAll
    void close() {
        database.close();
    }

    @Test
    void aCouncilsLocationsAndProvidersAreThoseTheExportGivesIt() {
        Council nottingham = councils.byName("Nottingham").orElseThrow();
        List<CSVRecord> rows = SharedData.csv(SharedData.file(CARE_HOMES)).stream()
                .filter(r -> r.get("Local authority").equals("Nottingham")).toList();

        ScopedMarket here = market.market(new Scope.CouncilScope(nottingham));

        assertThat(here.value(MarketFigure.LOCATIONS)).isPositive().isEqualTo(rows.size());
        assertThat(here.value(MarketFigure.PROVIDERS))
                .isEqualTo(rows.stream().map(r -> r.get("CQC Provider ID (for office use only)")).distinct().count());
        assertThat(here.value(MarketFigure.CARE_HOMES)).isEqualTo(rows.size());
        assertThat(here.value(MarketFigure.SPONSORS)).isPositive().isLessThan(here.value(MarketFigure.PROVIDERS));
        assertThat(here.dates().register()).isEqualTo(LocalDate.of(2021, 11, 2));
        assertThat(here.dates().previousRegister()).isEqualTo(LocalDate.of(2021, 9, 30));
    }

    @Test
    void theSearchExportHoldsNeitherBedsNorRatings() {
        assertThat(market.data().holds(CqcColumn.BEDS)).isFalse();
        assertThat(market.data().holds(CqcColumn.RATINGS)).isFalse();
    }

    @Test
    void providersWhoseSponsorLeftTheLaterRegisterAreRemovedSinceThePreviousOne() {
        Set<String> left = keys(EARLIER);
        left.removeAll(keys(LATER));

        List<MarketProvider> removed = market.market(Scope.england()).providersBehind(MarketFigure.REMOVED_SINCE_LAST);

        assertThat(removed).isNotEmpty().allSatisfy(p -> {
            assertThat(p.isSponsor()).isFalse();
            assertThat(left).contains(p.formerSponsor().key());
        });
    }

    private static Set<String> keys(String register) {
        return SharedData.csv(SharedData.file(register)).stream()
                .map(r -> OrganisationKey.of(r.get("Organisation Name"), r.get("Town/City")))
                .collect(Collectors.toSet());
    }
}
