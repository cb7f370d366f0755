package org.irwatch.data.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.demo.DemoDataGenerator;
import org.irwatch.core.demo.DemoDataSet;
import org.irwatch.core.demo.DemoWorkersGenerator;
import org.irwatch.core.geo.GeoPoint;
import org.irwatch.core.geo.PostcodeDistrict;
import org.irwatch.core.geo.StraightLineMiles;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.matching.MatchingService;
import org.irwatch.core.placements.PlacementGroup;
import org.irwatch.core.placements.PlacementMatch;
import org.irwatch.core.placements.PlacementQuery;
import org.irwatch.core.placements.PlacementResult;
import org.irwatch.core.placements.PlacementService;
import org.irwatch.core.placements.WorkerQueries;
import org.irwatch.core.workers.Worker;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.demo.JooqDemoDataRepository;
import org.irwatch.data.geo.JooqPostcodeCentres;
import org.irwatch.data.geo.PostcodeFileImporter;
import org.irwatch.data.market.JooqMarketRepository;
import org.irwatch.data.market.JooqMarketRows;
import org.irwatch.data.matching.JooqMatchInputs;
import org.irwatch.data.matching.JooqMatchRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo brings the centres of its own postcode districts (ADR 0039), so the finder works on it before any postcode
 * file is imported; removing the demo takes them away, and a centre imported from a real file is never replaced.
 */
class DemoDistrictCentresTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);

    private final Database database = Database.inMemory();
    private final CouncilDirectory councils = new JooqCouncilRepository(database.dsl()).loadDirectory();
    private final DemoDataSet demo = new DemoDataGenerator(councils).generate();
    private final JooqDemoDataRepository demoData = new JooqDemoDataRepository(database.dsl());
    private final JooqPostcodeCentres centres = new JooqPostcodeCentres(database.dsl());

    @TempDir
    Path folder;

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void everyDemoLocationAndWorkerLivesInADistrictWithACentreNearItsTownAndInOneCouncil() {
        List<Worker> workers = new DemoWorkersGenerator(demo).generate(LocalDate.now(CLOCK)).workers();

        assertThat(demo.locations()).allSatisfy(l -> assertThat(demo.districtCentres())
                .containsKey(PostcodeDistrict.of(l.postcode()).orElseThrow().code()));
        assertThat(workers).allSatisfy(w -> assertThat(demo.districtCentres()).containsKey(w.place().postcode()));
        Map<String, List<String>> councilsOfDistrict = demo.locations().stream().collect(Collectors.groupingBy(
                l -> PostcodeDistrict.of(l.postcode()).orElseThrow().code(), Collectors.mapping(
                        l -> l.councilGssCode(), Collectors.collectingAndThen(Collectors.toSet(), List::copyOf))));
        assertThat(councilsOfDistrict).allSatisfy((district, gss) -> assertThat(gss).as(district).hasSize(1));
        GeoPoint coventry = new GeoPoint(52.408, -1.510);
        assertThat(StraightLineMiles.between(demo.districtCentres().get("CV1"), coventry)).isLessThan(3);
        assertThat(StraightLineMiles.between(demo.districtCentres().get("HR1"), coventry)).isBetween(50.0, 75.0);
    }

    @Test
    void aDemoWorkerFindsNearbySponsorsWithoutAnyPostcodeFileImported() {
        demoData.load(demo, ProgressListener.NONE);
        PlacementService placements = matchedPlacements();
        List<Worker> looking = new DemoWorkersGenerator(demo).generate(LocalDate.now(CLOCK)).workers().stream()
                .filter(w -> !w.stage().isClosed()).toList();

        List<PlacementResult> results = looking.stream().map(w -> placements.find(WorkerQueries.forWorker(w,
                Optional.empty(), Optional.empty()))).toList();

        assertThat(results).as("every worker's district has a centre, and most find somewhere")
                .hasSize(looking.size()).filteredOn(r -> !r.matches().isEmpty()).hasSizeGreaterThan(looking.size() / 2);
        for (PlacementResult result : results) {
            PlacementQuery query = result.query();
            assertThat(result.matches()).allSatisfy(m -> {
                assertThat(m.miles()).isLessThanOrEqualTo(query.miles());
                assertThat(m.provider().providerId()).isNotEqualTo(query.formerSponsor().providerId());
                assertThat(m.group()).isNotEqualTo(PlacementGroup.PENDING_LICENCE);
            });
            assertThat(result.matches()).extracting(PlacementMatch::group).isSorted();
        }
    }

    @Test
    void removingTheDemoRemovesItsCentresAndAnImportedCentreIsKeptOverTheDemos() throws IOException {
        GeoPoint imported = new GeoPoint(52.40939, -1.506);
        new PostcodeFileImporter(database.dsl()).importFile(Files.writeString(folder.resolve("districts.csv"),
                "postcode,latitude,longitude\nCV1," + imported.latitude() + "," + imported.longitude() + "\n"),
                ProgressListener.NONE);

        demoData.load(demo, ProgressListener.NONE);
        assertThat(centres.districtCentres()).containsEntry(new PostcodeDistrict("CV1"), imported)
                .containsEntry(new PostcodeDistrict("CV2"), demo.districtCentres().get("CV2"))
                .hasSize(demo.districtCentres().size());

        demoData.remove();
        assertThat(centres.districtCentres()).containsOnlyKeys(new PostcodeDistrict("CV1"));
    }

    private PlacementService matchedPlacements() {
        new MatchingService(new JooqMatchInputs(database.dsl()), new JooqMatchRepository(database.dsl()), CLOCK)
                .matchLatest(ProgressListener.NONE);
        MarketService market = new MarketService(councils, new JooqMarketRepository(database.dsl()),
                JooqMarketRows.assemblerOver(database.dsl()));
        return new PlacementService(market, new JooqPlacementRows(database.dsl()),
                new JooqPlacementStore(database.dsl()), CLOCK, "officer");
    }
}
